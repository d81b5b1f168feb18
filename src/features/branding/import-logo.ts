// A logo file becomes a small JPEG data URL: checked from its bytes first (engine/brand-logo), then decoded by
// the browser and downscaled through a canvas, so an SVG is rasterised and nothing of the original file is kept.
import { checkLogoFile, fitLogo, LOGO_MAX_DATA_URL_LENGTH, LOGO_MAX_FILE_BYTES, type LogoProblem, sniffLogoKind } from '../../engine/brand-logo';
import type { BrandLogo } from '../../engine/saved-branding';

/**
 * Stored as JPEG on white: the PDF embeds a JPEG as it is, while jsPDF re-encodes a PNG pixel by pixel (a few hundred
 * ms at 4x CPU for a 600 × 240 logo, most of the executive report's budget). The cover draws the logo on a white card,
 * so transparency is not lost there.
 */
const JPEG_QUALITY = 0.92;
const SNIFF_BYTES = 4096;

export type ImportLogoResult = { ok: true; logo: BrandLogo } | { ok: false; problem: LogoProblem };

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The image could not be decoded'));
    image.src = url;
  });
}

export async function importLogo(file: Blob): Promise<ImportLogoResult> {
  // Size first: a large file is refused before a byte of it is read.
  if (file.size > LOGO_MAX_FILE_BYTES) return { ok: false, problem: 'too-large' };
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  // An SVG's whole text is checked for anything active before the browser ever draws it.
  const text = sniffLogoKind(head) === 'svg' ? await file.text() : undefined;
  const checked = checkLogoFile({ size: file.size, head, text });
  if ('problem' in checked) return { ok: false, problem: checked.problem };
  const type = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' }[checked.kind];
  const url = URL.createObjectURL(new Blob([text ?? file], { type }));
  try {
    const image = await loadImage(url);
    // An SVG without its own size reports 0 (or 300 × 150): draw it at the box's size, proportions from the image.
    const naturalWidth = image.naturalWidth || 600;
    const naturalHeight = image.naturalHeight || 240;
    const { width, height } = fitLogo(naturalWidth, naturalHeight);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return { ok: false, problem: 'unreadable' };
    context.imageSmoothingQuality = 'high';
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    const dataUrl = canvas.toDataURL('image/jpeg', JPEG_QUALITY);
    if (dataUrl.length > LOGO_MAX_DATA_URL_LENGTH || !/^data:image\/(png|jpeg);base64,/.test(dataUrl)) return { ok: false, problem: 'unreadable' };
    return { ok: true, logo: { dataUrl, width, height } };
  } catch {
    return { ok: false, problem: 'unreadable' };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A blob: URL for a stored logo, for its preview (the page's policy allows blob: images, not data: ones). */
export function logoObjectUrl(dataUrl: string): string {
  const [head = '', base64 = ''] = dataUrl.split(',');
  const type = /^data:([^;]+)/.exec(head)?.[1] ?? 'image/png';
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type }));
}
