export function makePng(width: number, height: number, noise?: number, seed?: number): Buffer;
export function makeBudgetLogo(): Buffer;
export function pngDataUrl(png: Buffer): string;
export const SCRIPTED_SVG: string;
export const PLAIN_SVG: string;
