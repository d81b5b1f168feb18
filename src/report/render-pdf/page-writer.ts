// The page writer: A4 geometry, the palette and text styles, and a cursor that wraps, measures and draws lines.
import type { TextRole } from '../report-model';
import type { FontWeight, PdfSetup } from '../setup-jspdf';

// A4 portrait, in millimetres.
export const PAGE_WIDTH = 210;
export const MARGIN_X = 18;
export const CONTENT_TOP = 18;
export const CONTENT_BOTTOM = 279;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
export const FOOTER_BASELINE = 288;
export const PT = 25.4 / 72;
const LINE_HEIGHT = 1.38;

export type Rgb = readonly [number, number, number];
// The app's palette (src/app/styles.css), so the report's charts read like the screen's.
export const COLORS = {
  ink: [21, 35, 43],
  muted: [67, 84, 94],
  accent: [15, 76, 92],
  accentSoft: [227, 239, 241],
  marker: [181, 101, 29],
  rule: [201, 210, 212],
  headerFill: [238, 241, 241],
  track: [238, 241, 241],
  white: [255, 255, 255],
} satisfies Record<string, Rgb>;

export interface TextStyle {
  weight: FontWeight;
  size: number;
  color: Rgb;
}
export const STYLES: Record<TextRole | 'h1' | 'h2' | 'th' | 'cell', TextStyle> = {
  text: { weight: 'regular', size: 9.5, color: COLORS.ink },
  strong: { weight: 'semibold', size: 9.5, color: COLORS.ink },
  meta: { weight: 'regular', size: 8, color: COLORS.muted },
  note: { weight: 'italic', size: 8.5, color: COLORS.ink },
  h1: { weight: 'semibold', size: 18, color: COLORS.accent },
  h2: { weight: 'semibold', size: 11.5, color: COLORS.ink },
  th: { weight: 'semibold', size: 8, color: COLORS.ink },
  cell: { weight: 'regular', size: 8.5, color: COLORS.ink },
};

export interface Line {
  text: string;
  style: TextStyle;
  height: number;
  /** Extra space above this line (between paragraphs). */
  gap: number;
}

export const lineHeight = (style: TextStyle) => style.size * PT * LINE_HEIGHT;
export const linesHeight = (lines: readonly Line[]) => lines.reduce((sum, line) => sum + line.gap + line.height, 0);
export const scaled = (style: TextStyle, size: number): TextStyle => ({ ...style, size });

/** Lays the report out on A4 pages: blocks flow down, and nothing is ever split inside a line. */
export class PdfWriter {
  readonly doc: PdfSetup['doc'];
  private readonly setup: PdfSetup;
  y = CONTENT_TOP;
  /** The accent and its light tint: the report's own, or a branding's (contrast already checked). */
  accent: Rgb = COLORS.accent;
  accentSoft: Rgb = COLORS.accentSoft;

  constructor(setup: PdfSetup) {
    this.setup = setup;
    this.doc = setup.doc;
  }

  private current: TextStyle | null = null;

  use(style: TextStyle): void {
    // jsPDF state changes are not free and the layout measures a lot: skip repeats.
    const current = this.current;
    if (current && current.weight === style.weight && current.size === style.size && current.color === style.color) return;
    this.setup.setFont(style.weight);
    this.doc.setFontSize(style.size);
    this.doc.setTextColor(...style.color);
    this.current = style;
  }

  /** Wraps text to a width; line breaks typed by the user are kept. */
  wrap(text: string, style: TextStyle, width: number, gap = 0): Line[] {
    this.use(style);
    const lines: Line[] = [];
    for (const paragraph of this.setup.toDrawable(text).split('\n')) {
      const wrapped: string[] = paragraph.trim() ? this.doc.splitTextToSize(paragraph, width) : [''];
      for (const part of wrapped) lines.push({ text: part, style, height: lineHeight(style), gap: lines.length ? 0 : gap });
    }
    return lines;
  }

  width(text: string, style: TextStyle): number {
    this.use(style);
    return this.doc.getTextWidth(this.setup.toDrawable(text));
  }

  /** Draws one line whose box starts at top. */
  drawLine(line: Line, x: number, top: number, align: 'left' | 'right' | 'center' = 'left'): void {
    if (!line.text) return;
    this.use(line.style);
    const baseline = top + line.gap + line.height / 2 + line.style.size * PT * 0.36;
    this.doc.text(line.text, x, baseline, { align, baseline: 'alphabetic' });
  }

  /** Draws lines top to bottom; runs of one style go to jsPDF in one call, which is much faster than line by line. */
  drawLines(lines: readonly Line[], x: number, top: number, align: 'left' | 'right' | 'center' = 'left'): void {
    let i = 0;
    while (i < lines.length) {
      const first = lines[i]!;
      let end = i + 1;
      while (end < lines.length && lines[end]!.style === first.style && lines[end]!.gap === 0 && lines[end]!.text) end++;
      const run = lines.slice(i, end);
      if (first.text) {
        this.use(first.style);
        const baseline = top + first.gap + first.height / 2 + first.style.size * PT * 0.36;
        const texts = run.map((line) => line.text);
        this.doc.text(texts.length === 1 ? texts[0]! : texts, x, baseline, { align, baseline: 'alphabetic', lineHeightFactor: LINE_HEIGHT });
      }
      top += linesHeight(run);
      i = end;
    }
  }

  addPage(): void {
    this.doc.addPage();
    this.current = null;
    this.y = CONTENT_TOP;
  }

  setPage(page: number): void {
    this.doc.setPage(page);
    this.current = null;
  }

  room(): number {
    return CONTENT_BOTTOM - this.y;
  }

  ensure(height: number): void {
    if (height > this.room() && this.y > CONTENT_TOP) this.addPage();
  }

  fill(color: Rgb, x: number, y: number, w: number, h: number): void {
    this.doc.setFillColor(...color);
    this.doc.rect(x, y, w, h, 'F');
  }

  rule(color: Rgb, x1: number, y1: number, x2: number, y2: number, width = 0.2): void {
    this.doc.setDrawColor(...color);
    this.doc.setLineWidth(width);
    this.doc.line(x1, y1, x2, y2);
  }
}
