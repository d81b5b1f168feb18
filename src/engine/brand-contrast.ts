// The accent colour of a consultant's branding must stay readable: white text on it (the cover's band) and it as
// text on white (headings) both need WCAG's 4.5:1 for normal text. Pure functions over #rrggbb colours.

/** WCAG 2.2 contrast for normal text (success criterion 1.4.3). */
export const MIN_CONTRAST = 4.5;

export type Rgb = readonly [number, number, number];

const HEX = /^#([0-9a-f]{6})$/i;

/** Whether text is a colour as `<input type="color">` gives it: `#rrggbb`. */
export const isHexColor = (value: unknown): value is string => typeof value === 'string' && HEX.test(value);

export function parseHex(hex: string): Rgb {
  const match = HEX.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(match[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export const toHex = (rgb: Rgb): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: Rgb = [255, 255, 255];

export interface AccentCheck {
  /** The colour to use: the one asked for, or a darker shade of it that reaches MIN_CONTRAST against white. */
  color: string;
  /** The contrast of the asked-for colour against white. */
  ratio: number;
  /** The contrast of `color` against white. */
  usedRatio: number;
  adjusted: boolean;
}

/**
 * Checks an accent colour against white and, when it falls under 4.5:1, darkens it (same hue, towards black) just
 * enough to pass. The report uses `color`; the settings screen says when it was adjusted and to what.
 */
export function checkAccent(hex: string): AccentCheck {
  const rgb = parseHex(hex);
  const ratio = contrastRatio(rgb, WHITE);
  if (ratio >= MIN_CONTRAST) return { color: hex.toLowerCase(), ratio, usedRatio: ratio, adjusted: false };
  // Binary search on the share of black mixed in: the smallest that reaches the threshold keeps the colour closest.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    if (contrastRatio(mix(rgb, mid), WHITE) >= MIN_CONTRAST) hi = mid;
    else lo = mid;
  }
  let color = mix(rgb, hi);
  // Rounding to whole channels may land a hair under the threshold: step down until it passes.
  while (contrastRatio(color, WHITE) < MIN_CONTRAST) color = color.map((c) => Math.max(0, Math.round(c) - 1)) as unknown as Rgb;
  const rounded = parseHex(toHex(color));
  return { color: toHex(rounded), ratio, usedRatio: contrastRatio(rounded, WHITE), adjusted: true };
}

const mix = (rgb: Rgb, black: number): Rgb => rgb.map((c) => Math.round(c * (1 - black))) as unknown as Rgb;

/** A light tint of a colour (mixed with white), for panels behind text in the colour itself. */
export function tint(rgb: Rgb, white: number): Rgb {
  return rgb.map((c) => Math.round(c + (255 - c) * white)) as unknown as Rgb;
}
