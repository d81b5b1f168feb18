import { jsPDF } from 'jspdf';
// Inlined so the fonts travel inside the lazy renderer chunk: no request, no network, only when a report is made.
import italicFont from './fonts/open-sans-italic.ttf?inline';
import regularFont from './fonts/open-sans-regular.ttf?inline';
import semiboldFont from './fonts/open-sans-semibold.ttf?inline';

/** The report's font family; jsPDF's standard 14 fonts are not embedded and cover only WinAnsi. */
export const FONT_FAMILY = 'OpenSans';
export type FontWeight = 'regular' | 'semibold' | 'italic';
const FONT_FILES: Record<FontWeight, { data: string; style: string }> = {
  regular: { data: regularFont, style: 'normal' },
  semibold: { data: semiboldFont, style: 'bold' },
  italic: { data: italicFont, style: 'italic' },
};

export interface PdfSetup {
  doc: jsPDF;
  setFont: (weight: FontWeight) => void;
  /** Replaces characters the embedded font cannot draw with U+FFFD, so nothing turns into an invisible glyph. */
  toDrawable: (text: string) => string;
}

interface TtfMetadata {
  metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } };
}

/** Creates an A4 portrait document in millimetres with the report fonts registered: the only place jsPDF is configured. */
export function createPdfDocument(lang: string): PdfSetup {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  for (const [weight, { data, style }] of Object.entries(FONT_FILES)) {
    const file = `open-sans-${weight}.ttf`;
    doc.addFileToVFS(file, data.slice(data.indexOf(',') + 1));
    doc.addFont(file, FONT_FAMILY, style, undefined, 'Identity-H');
  }
  doc.setLanguage(lang as Parameters<jsPDF['setLanguage']>[0]);
  const setFont = (weight: FontWeight) => doc.setFont(FONT_FAMILY, FONT_FILES[weight].style);
  setFont('regular');
  const codeMap = (doc.getFont() as unknown as TtfMetadata).metadata?.cmap?.unicode?.codeMap ?? {};
  // Fast path: Latin text, the common case, is always in the subset.
  const toDrawable = (text: string) =>
    /^[\n\x20-\x7e\u00a0-\u017f\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/.test(text)
      ? text
      : Array.from(text, (char) => {
          const code = char.codePointAt(0) ?? 0;
          return char === '\n' || (code <= 0xffff && codeMap[code]) ? char : '\uFFFD';
        }).join('');
  return { doc, setFont, toDrawable };
}

/** PDF text strings outside ASCII must be UTF-16BE with a byte-order mark, or « » “ ” are mangled in the metadata. */
export function encodePdfTextString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  let encoded = '\u00fe\u00ff';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    encoded += String.fromCharCode(unit >> 8, unit & 0xff);
  }
  return encoded;
}
