import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAccent, contrastRatio, MIN_CONTRAST, parseHex, toHex } from '../../src/engine/brand-contrast';
import { checkLogoFile, findSvgDanger, fitLogo, LOGO_MAX_FILE_BYTES, sniffLogoKind } from '../../src/engine/brand-logo';
import { mergeStamped, readStored, serializeStored } from '../../src/engine/stamped-data';
import { readBrandingFile, writeBrandingFile } from '../../src/engine/branding-file';
import { brandingCodec, emptyBranding } from '../../src/engine/saved-branding';

const WHITE = [255, 255, 255] as const;
const bytes = (text: string) => new TextEncoder().encode(text);
const PNG_HEAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const LOGO = { dataUrl: 'data:image/png;base64,iVBORw0KGgo=', width: 600, height: 240 };

describe('accent contrast (WCAG against white)', () => {
  it('computes the WCAG ratios everyone quotes', () => {
    expect(contrastRatio([0, 0, 0], WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBeCloseTo(1, 5);
    // #767676 is the classic lightest grey that passes 4.5:1 on white; #777777 fails.
    expect(contrastRatio(parseHex('#767676'), WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(parseHex('#777777'), WHITE)).toBeLessThan(4.5);
  });

  it('keeps a colour that passes, as it was', () => {
    expect(checkAccent('#0F4C5C')).toMatchObject({ color: '#0f4c5c', adjusted: false });
  });

  it('darkens a colour that fails just enough to pass, and says by how much it failed', () => {
    const check = checkAccent('#ffcc00');
    expect(check.adjusted).toBe(true);
    expect(check.ratio).toBeLessThan(MIN_CONTRAST);
    expect(check.usedRatio).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(check.usedRatio).toBeLessThan(MIN_CONTRAST + 0.3);
    // Same hue: the channels keep their order.
    const [r, g, b] = parseHex(check.color);
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
  });

  it('always ends at 4.5:1 or more, for any colour (property)', () => {
    fc.assert(
      fc.property(fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })), (rgb) => {
        const check = checkAccent(toHex(rgb));
        expect(contrastRatio(parseHex(check.color), WHITE)).toBeGreaterThanOrEqual(MIN_CONTRAST);
        expect(check.adjusted).toBe(contrastRatio(rgb, WHITE) < MIN_CONTRAST);
      }),
    );
  });
});

describe('logo files', () => {
  it('tells PNG, JPEG and SVG from their bytes, whatever the name', () => {
    expect(sniffLogoKind(PNG_HEAD)).toBe('png');
    expect(sniffLogoKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffLogoKind(bytes('<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('svg');
    expect(sniffLogoKind(bytes('GIF89a'))).toBeNull();
    expect(sniffLogoKind(bytes('{"format":"peldano-assessment"}'))).toBeNull();
    expect(sniffLogoKind(bytes('<html><svg></svg></html>'))).toBeNull();
  });

  it('refuses a file over the limit, a non-image, and an SVG with script, handlers, external links or embedded HTML', () => {
    expect(checkLogoFile({ size: LOGO_MAX_FILE_BYTES + 1, head: PNG_HEAD })).toEqual({ problem: 'too-large' });
    expect(checkLogoFile({ size: 20, head: bytes('hello, not an image') })).toEqual({ problem: 'not-image' });
    const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${body}</svg>`;
    for (const body of [
      '<script>alert(1)</script>',
      '<rect onload="alert(1)"/>',
      '<a href="javascript:alert(1)"><rect/></a>',
      '<foreignObject><div>x</div></foreignObject>',
      '<image href="https://tracker.example/pixel.png"/>',
      '<image xlink:href="logo.png"/>',
      '<style>@import url(https://x.example/a.css);</style>',
      '<rect style="fill:url(https://x.example/p.svg#a)"/>',
    ]) {
      const text = svg(body);
      expect(findSvgDanger(text), body).not.toBeNull();
      expect(checkLogoFile({ size: text.length, head: bytes(text), text }), body).toEqual({ problem: 'svg-unsafe' });
    }
    const plain = svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/><use href="#g"/>');
    expect(findSvgDanger(plain)).toBeNull();
    expect(checkLogoFile({ size: plain.length, head: bytes(plain), text: plain })).toEqual({ kind: 'svg' });
  });

  it('fits a logo in the box, keeping its proportions, never enlarging it', () => {
    expect(fitLogo(1200, 240)).toEqual({ width: 600, height: 120 });
    expect(fitLogo(300, 600)).toEqual({ width: 120, height: 240 });
    expect(fitLogo(100, 40)).toEqual({ width: 100, height: 40 });
  });
});

describe('branding codec (saved copy)', () => {
  const full = { name: 'Consultora Sur', contact: 'ana@sur.example', accent: '#7a1f5c', logo: LOGO };

  it('reads back what it saved', () => {
    const saved = { ...full, stamps: { name: 1, contact: 1, accent: 1, logo: 1 } };
    expect(readStored(brandingCodec, serializeStored(brandingCodec, saved))).toMatchObject({ data: saved, notice: null });
  });

  it('keeps the well-formed fields of damaged data, darkens a failing colour and drops a logo that is not a PNG or JPEG data URL', () => {
    const raw = JSON.stringify({ state: { name: 'Sur', contact: 7, accent: '#ffff00', logo: { dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=', width: 10, height: 10 } }, version: 1 });
    const read = readStored(brandingCodec, raw);
    expect(read.notice).toBe('corrupt');
    expect(read.data).toMatchObject({ name: 'Sur', contact: '', logo: null });
    expect(checkAccent(read.data!.accent).adjusted).toBe(false);
  });

  it('merges two tabs field by field: the later change of each field wins', () => {
    const a = { ...emptyBranding(), name: 'Sur', stamps: { name: 5 } };
    const b = { ...emptyBranding(), contact: 'ana@sur.example', logo: LOGO, stamps: { contact: 6, logo: 6 } };
    expect(mergeStamped(brandingCodec, a, b)).toMatchObject({ name: 'Sur', contact: 'ana@sur.example', logo: LOGO });
  });
});

describe('branding file', () => {
  const full = { name: 'Consultora Sur «Ñandú»', contact: 'ana@sur.example', accent: '#7a1f5c', logo: LOGO };

  it('round-trips', () => {
    expect(readBrandingFile(writeBrandingFile(full))).toEqual({ ok: true, branding: full, accentAdjusted: false });
  });

  it('darkens a colour that fails contrast, and says so', () => {
    const read = readBrandingFile(writeBrandingFile({ ...full, accent: '#ffcc00' }));
    expect(read).toMatchObject({ ok: true, accentAdjusted: true });
    if (read.ok) expect(read.branding.accent).not.toBe('#ffcc00');
  });

  it('refuses every bad file with its reason', () => {
    const good = JSON.parse(writeBrandingFile(full));
    expect(readBrandingFile('not json')).toEqual({ ok: false, problem: 'not-json' });
    expect(readBrandingFile(JSON.stringify({ format: 'peldano-assessment', version: 2 }))).toEqual({ ok: false, problem: 'not-branding' });
    expect(readBrandingFile('[]')).toEqual({ ok: false, problem: 'not-branding' });
    expect(readBrandingFile(JSON.stringify({ ...good, version: 99 }))).toEqual({ ok: false, problem: 'newer' });
    expect(readBrandingFile('x', 4 * 1024 * 1024)).toEqual({ ok: false, problem: 'too-large' });
    expect(readBrandingFile(JSON.stringify({ ...good, branding: { ...good.branding, name: 5, accent: 'red' } }))).toEqual({ ok: false, problem: 'invalid', fields: ['name', 'accent'] });
    expect(readBrandingFile(JSON.stringify({ ...good, branding: { ...good.branding, logo: { ...LOGO, dataUrl: 'data:text/html;base64,PHA+' } } }))).toMatchObject({ ok: false, problem: 'invalid', fields: ['logo.dataUrl'] });
    expect(readBrandingFile(JSON.stringify({ ...good, extra: 1 }))).toMatchObject({ ok: false, problem: 'invalid' });
  });
});
