// Logo files made by the tests (none are kept in the repo): a real PNG of a chosen size, for the report's budget and
// the branding screen's tests; and the files the branding screen must refuse.
import { deflateSync } from 'node:zlib';

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGB PNG of width × height; `noise` (0-1) is the share of random pixels, which sets the file size. */
export function makePng(width, height, noise = 0.5, seed = 1) {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * (width * 3 + 1) + 1 + x * 3;
      const noisy = random() < noise;
      raw[i] = noisy ? Math.floor(random() * 256) : Math.floor((x / width) * 255);
      raw[i + 1] = noisy ? Math.floor(random() * 256) : 90;
      raw[i + 2] = noisy ? Math.floor(random() * 256) : Math.floor((y / height) * 200);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A 600 × 240 PNG logo of about 200 KB: the size the report's budgets are measured with. */
export const makeBudgetLogo = () => makePng(600, 240, 0.18);

export const pngDataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`;

/** An SVG logo that carries a script: refused on import. */
export const SCRIPTED_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><script>alert(1)</script><rect width="120" height="40" fill="#7a1f5c"/></svg>';
/** A plain SVG logo: accepted and rasterised. */
export const PLAIN_SVG = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80"><rect width="240" height="80" rx="12" fill="#7a1f5c"/><circle cx="40" cy="40" r="24" fill="#fff"/></svg>';
