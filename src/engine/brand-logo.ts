// Which files may become a branding logo, decided from their bytes (never from the name or the type the browser
// claims): PNG, JPEG or SVG, at most LOGO_MAX_FILE_BYTES, and an SVG without anything that could run or fetch.

/** A logo file larger than this is refused before it is read (a logo is rarely over a few hundred KB). */
export const LOGO_MAX_FILE_BYTES = 2 * 1024 * 1024;
/** The logo is downscaled on import to fit this box, in pixels: enough for 300 dpi at the cover's size. */
export const LOGO_MAX_WIDTH = 600;
export const LOGO_MAX_HEIGHT = 240;
/** What is stored (a data URL); a downscaled logo is far below it. */
export const LOGO_MAX_DATA_URL_LENGTH = 1_500_000;

export type LogoKind = 'png' | 'jpeg' | 'svg';
export type LogoProblem = 'too-large' | 'not-image' | 'svg-unsafe' | 'unreadable';

/** The kind of image a file's first bytes announce, or null when they are none of PNG, JPEG or SVG. */
export function sniffLogoKind(head: Uint8Array): LogoKind | null {
  if (head.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => head[i] === b)) return 'png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '');
  // An SVG starts with markup: an XML declaration, comments or a doctype may come before the <svg> element.
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(text)) return 'svg';
  return null;
}

/**
 * Whether an SVG's text carries anything active: scripts, event handlers, javascript: URLs, embedded HTML, or links to
 * other files (which would also be requests leaving the page). Such a logo is refused, not cleaned: a consultant's
 * logo never needs them, and refusing says clearly what happened.
 */
export function findSvgDanger(svg: string): string | null {
  const checks: [RegExp, string][] = [
    [/<script[\s>/]/i, 'script'],
    [/\son[a-z]+\s*=/i, 'event-handler'],
    [/javascript\s*:/i, 'javascript-url'],
    [/<foreignObject[\s>/]/i, 'foreign-object'],
    [/<!ENTITY/i, 'entity'],
    [/(?:xlink:)?href\s*=\s*["']\s*(?!#|data:image\/(?:png|jpeg|gif|webp);)/i, 'external-link'],
    [/url\(\s*["']?\s*(?!#|data:image\/)/i, 'external-url'],
    [/@import/i, 'import'],
  ];
  for (const [pattern, name] of checks) if (pattern.test(svg)) return name;
  return null;
}

/** Checks a chosen file's size, kind and (for an SVG) content; null when it may be imported. */
export function checkLogoFile(file: { size: number; head: Uint8Array; text?: string }): { problem: LogoProblem } | { kind: LogoKind } {
  if (file.size > LOGO_MAX_FILE_BYTES) return { problem: 'too-large' };
  const kind = sniffLogoKind(file.head);
  if (!kind) return { problem: 'not-image' };
  if (kind === 'svg' && (file.text === undefined || findSvgDanger(file.text))) return { problem: 'svg-unsafe' };
  return { kind };
}

/** The size a logo is drawn at to fit the box, keeping its proportions (never enlarged). */
export function fitLogo(width: number, height: number, maxWidth = LOGO_MAX_WIDTH, maxHeight = LOGO_MAX_HEIGHT): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
