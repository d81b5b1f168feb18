import { layoutLadder } from '../charts/ladder-geometry';
import { layoutStageChart, STAGE_BAR_STYLES } from '../charts/stage-chart-geometry';
import type { StageStatus } from '../engine/score-stage';
import { formatPageLabel } from './report-text';
import type {
  LadderFigure,
  ReportBlock,
  ReportCell,
  ReportColumn,
  ReportCover,
  ReportModel,
  StageChartFigure,
  TextRole,
} from './report-model';
import { createPdfDocument, encodePdfTextString, type FontWeight, type PdfSetup } from './setup-jspdf';

// A4 portrait, in millimetres.
const PAGE_WIDTH = 210;
const MARGIN_X = 18;
const CONTENT_TOP = 18;
const CONTENT_BOTTOM = 279;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const FOOTER_BASELINE = 288;
const PT = 25.4 / 72;
const LINE_HEIGHT = 1.38;

type Rgb = readonly [number, number, number];
// The app's palette (src/app/styles.css), so the report's charts read like the screen's.
const COLORS = {
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

interface TextStyle {
  weight: FontWeight;
  size: number;
  color: Rgb;
}
const STYLES: Record<TextRole | 'h1' | 'h2' | 'th' | 'cell', TextStyle> = {
  text: { weight: 'regular', size: 9.5, color: COLORS.ink },
  strong: { weight: 'semibold', size: 9.5, color: COLORS.ink },
  meta: { weight: 'regular', size: 8, color: COLORS.muted },
  note: { weight: 'italic', size: 8.5, color: COLORS.ink },
  h1: { weight: 'semibold', size: 18, color: COLORS.accent },
  h2: { weight: 'semibold', size: 11.5, color: COLORS.ink },
  th: { weight: 'semibold', size: 8, color: COLORS.ink },
  cell: { weight: 'regular', size: 8.5, color: COLORS.ink },
};

interface Line {
  text: string;
  style: TextStyle;
  height: number;
  /** Extra space above this line (between paragraphs). */
  gap: number;
}

const lineHeight = (style: TextStyle) => style.size * PT * LINE_HEIGHT;
const linesHeight = (lines: readonly Line[]) => lines.reduce((sum, line) => sum + line.gap + line.height, 0);
const scaled = (style: TextStyle, size: number): TextStyle => ({ ...style, size });

/** Lays the report out on A4 pages: blocks flow down, and nothing is ever split inside a line. */
class PdfWriter {
  readonly doc: PdfSetup['doc'];
  private readonly setup: PdfSetup;
  y = CONTENT_TOP;

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

interface RowCell {
  x: number;
  width: number;
  lines: Line[];
  align?: 'left' | 'right';
}

interface RowOptions {
  padY: number;
  /** Draws repeated table headers after a page break. */
  onNewPage?: () => void;
  /** Called for each part of the row drawn on a page, before its text: backgrounds and rules. */
  decorate?: (top: number, height: number) => void;
  minHeight?: number;
}

/**
 * Draws a row of cells. A row that fits on a fresh page never splits; a taller one (a long note)
 * continues on the next page, always between two lines.
 */
function drawRow(w: PdfWriter, cells: RowCell[], { padY, onNewPage, decorate, minHeight = 0 }: RowOptions): void {
  const newPage = () => {
    w.addPage();
    onNewPage?.();
  };
  if (rowStartHeight(cells, padY, minHeight) > w.room()) newPage();
  let remaining = cells.map((cell) => cell.lines);
  let first = true;
  for (;;) {
    const available = w.room() - 2 * padY;
    const parts = remaining.map((lines) => {
      let used = 0;
      let count = 0;
      for (const line of lines) {
        const height = (count ? line.gap : 0) + line.height;
        if (used + height > available) break;
        used += height;
        count++;
      }
      return count;
    });
    const rest = remaining.map((lines, i) => lines.slice(parts[i]));
    const done = rest.every((lines) => lines.length === 0);
    const partHeight =
      Math.max(first && done ? minHeight : 0, ...remaining.map((lines, i) => linesHeight(dropFirstGap(lines.slice(0, parts[i]))))) + 2 * padY;
    decorate?.(w.y, partHeight);
    cells.forEach((cell, i) => {
      w.drawLines(dropFirstGap(remaining[i]!.slice(0, parts[i])), cell.align === 'right' ? cell.x + cell.width : cell.x, w.y + padY, cell.align);
    });
    w.y += partHeight;
    if (done) return;
    remaining = rest;
    first = false;
    newPage();
  }
}

/** Room left on a fresh page, below which a row that fits whole is never split. */
const FRESH_ROOM = CONTENT_BOTTOM - CONTENT_TOP - 12;

/**
 * The room a row needs on this page for drawRow to start it here rather than on the next: all of it when it fits on
 * a fresh page (it is then never split), else its first three lines. Headings use it to keep with what follows.
 */
function rowStartHeight(cells: Pick<RowCell, 'lines'>[], padY: number, minHeight = 0): number {
  const fullHeight = Math.max(minHeight, ...cells.map((cell) => linesHeight(cell.lines))) + 2 * padY;
  return fullHeight <= FRESH_ROOM ? fullHeight : Math.min(fullHeight, 2 * padY + 3 * (cells[0]?.lines[0]?.height ?? 4));
}

function dropFirstGap(lines: Line[]): Line[] {
  return lines.length && lines[0]!.gap ? [{ ...lines[0]!, gap: 0 }, ...lines.slice(1)] : lines;
}

function cellLines(w: PdfWriter, cell: ReportCell, width: number): Line[] {
  return cell.flatMap((paragraph, i) => {
    const style = STYLES[paragraph.role === 'strong' ? 'strong' : paragraph.role === 'meta' ? 'meta' : paragraph.role === 'note' ? 'note' : 'cell'];
    const sized = paragraph.role === 'meta' ? scaled(style, 7) : paragraph.role === 'note' || paragraph.role === 'strong' ? scaled(style, 8) : style;
    return w.wrap(paragraph.text, sized, width, i ? 1.1 : 0);
  });
}

const CELL_PAD_X = 1.8;
const WRITABLE_ROW_HEIGHT = 10;

type TableBlock = Extract<ReportBlock, { kind: 'table' }>;

interface PreparedTable {
  header: RowCell[];
  /** Row cells are wrapped on demand: a long table is measured once, row by row. */
  row: (index: number) => RowCell[];
  verticalRules: (top: number, height: number) => void;
}

function prepareTable(w: PdfWriter, block: TableBlock): PreparedTable {
  const totalWeight = block.columns.reduce((sum, column) => sum + column.width, 0);
  let x = MARGIN_X;
  const layout = block.columns.map((column: ReportColumn) => {
    const width = (CONTENT_WIDTH * column.width) / totalWeight;
    const cell = { x: x + CELL_PAD_X, width: width - 2 * CELL_PAD_X, edge: x, align: column.align ?? 'left' };
    x += width;
    return cell;
  });
  return {
    // A header word is never broken: the type shrinks until the longest word fits its column.
    header: block.columns.map((column, i) => {
      const { width, ...cell } = layout[i]!;
      let style = STYLES.th;
      const longest = Math.max(...column.header.split(/\s+/).map((word) => w.width(word, style)));
      if (longest > width) style = scaled(style, Math.max(6, (style.size * width) / longest - 0.1));
      return { ...cell, width, lines: w.wrap(column.header, style, width) };
    }),
    row: (index) =>
      (block.rows[index] ?? []).map((cell, i) => ({ ...layout[i]!, lines: cellLines(w, cell, layout[i]!.width) })),
    verticalRules: (top, height) => {
      if (!block.writable) return;
      for (const edge of [...layout.map((cell) => cell.edge), MARGIN_X + CONTENT_WIDTH]) w.rule(COLORS.rule, edge, top, edge, top + height);
    },
  };
}

const rowHeight = (cells: RowCell[], padY: number, minHeight = 0) => Math.max(minHeight, ...cells.map((cell) => linesHeight(cell.lines))) + 2 * padY;
const HEADER_PAD = 1.5;
const ROW_PAD = 1.7;

/** Height of the header and first row, which must start on the same page (capped for a row that will split anyway). */
function tableLeadHeight(w: PdfWriter, block: TableBlock): number {
  const table = prepareTable(w, block);
  const first = block.rows.length ? rowHeight(table.row(0), ROW_PAD, block.writable ? WRITABLE_ROW_HEIGHT : 0) : 0;
  return rowHeight(table.header, HEADER_PAD) + Math.min(first, 60);
}

function drawTable(w: PdfWriter, block: TableBlock): void {
  const table = prepareTable(w, block);
  const drawHeader = () =>
    drawRow(w, table.header, {
      padY: HEADER_PAD,
      decorate: (top, height) => {
        w.fill(COLORS.headerFill, MARGIN_X, top, CONTENT_WIDTH, height);
        table.verticalRules(top, height);
      },
    });
  w.ensure(tableLeadHeight(w, block));
  drawHeader();
  block.rows.forEach((_, index) => {
    drawRow(w, table.row(index), {
      padY: ROW_PAD,
      minHeight: block.writable ? WRITABLE_ROW_HEIGHT : 0,
      onNewPage: drawHeader,
      decorate: (top, height) => {
        table.verticalRules(top, height);
        w.rule(COLORS.rule, MARGIN_X, top + height, MARGIN_X + CONTENT_WIDTH, top + height);
      },
    });
  });
  w.y += 4;
}

const paragraphCells = (w: PdfWriter, text: string, role: TextRole): RowCell[] => [
  { x: MARGIN_X, width: CONTENT_WIDTH, lines: w.wrap(text, STYLES[role], CONTENT_WIDTH) },
];

function drawParagraph(w: PdfWriter, text: string, role: TextRole = 'text'): void {
  drawRow(w, paragraphCells(w, text, role), { padY: 0 });
  w.y += role === 'meta' ? 2.2 : 2.8;
}

const BULLET_INDENT = 4.5;
const bulletCells = (w: PdfWriter, item: string): RowCell[] => [
  { x: MARGIN_X + 1, width: BULLET_INDENT, lines: w.wrap('•', STYLES.text, BULLET_INDENT) },
  { x: MARGIN_X + BULLET_INDENT, width: CONTENT_WIDTH - BULLET_INDENT, lines: w.wrap(item, STYLES.text, CONTENT_WIDTH - BULLET_INDENT) },
];

function drawBullets(w: PdfWriter, items: string[]): void {
  for (const item of items) {
    drawRow(w, bulletCells(w, item), { padY: 0 });
    w.y += 1.2;
  }
  w.y += 1.8;
}

const FACT_LABEL_WIDTH = CONTENT_WIDTH * 0.45;
const FACT_PAD = 1.3;
const factCells = (w: PdfWriter, item: { label: string; value: string }): RowCell[] => [
  { x: MARGIN_X, width: FACT_LABEL_WIDTH - 4, lines: w.wrap(item.label, STYLES.meta, FACT_LABEL_WIDTH - 4) },
  { x: MARGIN_X + FACT_LABEL_WIDTH, width: CONTENT_WIDTH - FACT_LABEL_WIDTH, lines: w.wrap(item.value, STYLES.strong, CONTENT_WIDTH - FACT_LABEL_WIDTH) },
];

function drawFacts(w: PdfWriter, items: { label: string; value: string }[]): void {
  for (const item of items) {
    drawRow(
      w,
      factCells(w, item),
      { padY: FACT_PAD, decorate: (top, height) => w.rule(COLORS.rule, MARGIN_X, top + height, MARGIN_X + CONTENT_WIDTH, top + height) },
    );
  }
  w.y += 4;
}

function layoutHighlights(w: PdfWriter, items: { label: string; value: string; caption: string }[]) {
  const gap = 4;
  const boxWidth = (CONTENT_WIDTH - gap * (items.length - 1)) / items.length;
  const inner = boxWidth - 8;
  const valueStyle = { weight: 'semibold', size: 17, color: COLORS.accent } as const;
  const boxes = items.map((item) => [
    ...w.wrap(item.label, scaled(STYLES.meta, 8), inner),
    ...w.wrap(item.value, valueStyle, inner, 1),
    ...w.wrap(item.caption, scaled(STYLES.meta, 7.5), inner, 0.5),
  ]);
  return { gap, boxWidth, boxes, height: Math.max(...boxes.map(linesHeight)) + 8 };
}

function drawHighlights(w: PdfWriter, items: { label: string; value: string; caption: string }[]): void {
  const { gap, boxWidth, boxes, height } = layoutHighlights(w, items);
  w.ensure(height);
  items.forEach((_, i) => {
    const x = MARGIN_X + i * (boxWidth + gap);
    w.fill(COLORS.accentSoft, x, w.y, boxWidth, height);
    w.fill(COLORS.accent, x, w.y, 1.2, height);
    let top = w.y + 4;
    for (const line of boxes[i]!) {
      w.drawLine(line, x + 4.5, top);
      top += line.gap + line.height;
    }
  });
  w.y += height + 6;
}

function columnCells(w: PdfWriter, columns: { heading: string; items: string[] }[]): RowCell[] {
  const gap = 8;
  const width = (CONTENT_WIDTH - gap * (columns.length - 1)) / columns.length;
  return columns.map((column, i) => ({
    x: MARGIN_X + i * (width + gap),
    width,
    lines: [
      ...w.wrap(column.heading, scaled(STYLES.h2, 10), width),
      ...column.items.flatMap((item) => w.wrap(`• ${item}`, STYLES.text, width - 2, 1.2)),
    ],
  }));
}

function drawColumns(w: PdfWriter, columns: { heading: string; items: string[] }[]): void {
  drawRow(w, columnCells(w, columns), { padY: 0 });
  w.y += 3;
}

/** Draws the ladder from the shared geometry, in mm, with its top-left corner at (x, y). */
function drawLadder(w: PdfWriter, figure: LadderFigure, x: number, y: number, width: number, height: number, compact: boolean): void {
  const layout = layoutLadder({ placement: figure.placement, rungCount: figure.rungLabels.length, width, height, ladderWidth: compact ? 16 : 26, padding: compact ? 3 : 4 });
  for (const rail of layout.rails) w.rule(COLORS.rule, x + rail.x, y + rail.y1, x + rail.x, y + rail.y2, 0.8);
  for (const rung of layout.rungs) {
    const color = rung.reached ? COLORS.accent : COLORS.rule;
    w.rule(color, x + rung.x1, y + rung.y, x + rung.x2, y + rung.y, rung.current ? 2 : rung.reached ? 1.3 : 0.8);
    const label = compact ? String(rung.order) : (figure.rungLabels[rung.order - 1] ?? String(rung.order));
    const style: TextStyle = rung.current
      ? { weight: 'semibold', size: compact ? 8 : 9.5, color: COLORS.accent }
      : { weight: 'regular', size: compact ? 7 : 9, color: rung.reached ? COLORS.ink : COLORS.muted };
    const labelWidth = width - rung.labelX;
    const [line] = w.wrap(label, style, Math.max(labelWidth, 10));
    if (!line) continue;
    const top = y + rung.y - line.height / 2;
    w.drawLine(line, x + rung.labelX, top);
    if (rung.current && !compact && figure.currentLabel) {
      const tagX = x + rung.labelX + w.width(line.text, style) + 3;
      const tag = w.wrap(figure.currentLabel, { weight: 'semibold', size: 7.5, color: COLORS.white }, 60)[0]!;
      const tagWidth = w.width(tag.text, tag.style) + 4;
      w.fill(COLORS.accent, tagX, y + rung.y - 2.6, tagWidth, 5.2);
      w.drawLine(tag, tagX + 2, y + rung.y - tag.height / 2);
    }
  }
  if (layout.marker) {
    const { x: mx, y: my, size } = layout.marker;
    w.doc.setFillColor(...COLORS.marker);
    w.doc.triangle(x + mx, y + my - size / 2, x + mx, y + my + size / 2, x + mx + size * 0.9, y + my, 'F');
  }
}

const LADDER_HEIGHT = 78;

function drawLadderBlock(w: PdfWriter, figure: LadderFigure): void {
  w.ensure(LADDER_HEIGHT);
  drawLadder(w, figure, MARGIN_X, w.y, CONTENT_WIDTH, LADDER_HEIGHT, false);
  w.y += LADDER_HEIGHT + 6;
}

/**
 * A bar in the app's status patterns (STAGE_BAR_STYLES), so status never rests on colour alone: achieved
 * solid, in progress hatched, not started empty (track only), not rated a dotted outline.
 */
function drawStatusBar(w: PdfWriter, status: StageStatus, x: number, y: number, width: number, height: number): void {
  const { doc } = w;
  const style = STAGE_BAR_STYLES[status];
  if (width <= 0 || style === 'none') return;
  if (style === 'solid') return w.fill(COLORS.accent, x, y, width, height);
  if (style === 'dotted') {
    w.fill(COLORS.white, x, y, width, height);
    doc.setLineDashPattern([0.5, 0.6], 0);
    doc.setDrawColor(...COLORS.accent);
    doc.setLineWidth(0.35);
    doc.rect(x, y, width, height, 'S');
    doc.setLineDashPattern([], 0);
    return;
  }
  w.fill(COLORS.accentSoft, x, y, width, height);
  // 45° hatching clipped to the bar by arithmetic: each line X + Y = c inside [0, width] × [0, height].
  const step = 1.6;
  for (let c = step; c < width + height; c += step) {
    const x1 = Math.max(0, c - height);
    const x2 = Math.min(width, c);
    w.rule(COLORS.accent, x + x1, y + height - (c - x1), x + x2, y + height - (c - x2), 0.45);
  }
  doc.setDrawColor(...COLORS.accent);
  doc.setLineWidth(0.4);
  doc.rect(x, y, width, height, 'S');
}

function drawStageChart(w: PdfWriter, figure: StageChartFigure): void {
  const labelStyle = scaled(STYLES.text, 8);
  const valueStyle = scaled(STYLES.meta, 7.5);
  const layout = layoutStageChart(figure.rows, {
    width: CONTENT_WIDTH,
    rowHeight: 6.2,
    labelWidth: 62,
    valueWidth: 40,
    achievedScore: figure.achievedScore,
    gap: 2.2,
    axisLabelHeight: 6,
  });
  const legendHeight = 8;
  const topPad = 6;
  w.ensure(topPad + layout.height + legendHeight);
  const x0 = MARGIN_X;
  const y0 = w.y + topPad;
  for (const row of layout.rows) w.fill(COLORS.track, x0 + layout.axis.x, y0 + row.y, layout.axis.width, row.height);
  layout.ticks.forEach((tick, i) => {
    w.rule(COLORS.rule, x0 + tick.x, y0 + layout.axis.top - 1, x0 + tick.x, y0 + layout.axis.bottom + 1);
    const [line] = w.wrap(figure.tickLabels[i] ?? '', valueStyle, 20);
    if (line) w.drawLine(line, x0 + tick.x, y0 + layout.axis.bottom + 1.5, 'center');
  });
  for (const row of layout.rows) {
    drawStatusBar(w, row.status, x0 + row.bar.x, y0 + row.y, row.bar.width, row.height);
    const source = figure.rows.find((r) => r.order === row.order);
    const labelLines = fitLines(w, source?.label ?? '', labelStyle, row.labelRight - 1, row.height);
    w.drawLines(labelLines, x0 + row.labelRight, y0 + row.y + (row.height - linesHeight(labelLines)) / 2, 'right');
    const valueLines = fitLines(w, source?.valueText ?? '', valueStyle, CONTENT_WIDTH - row.valueX, row.height);
    w.drawLines(valueLines, x0 + row.valueX, y0 + row.y + (row.height - linesHeight(valueLines)) / 2);
  }
  // The threshold: dashed, in the marker colour, labelled above the plot.
  const tx = x0 + layout.threshold.x;
  w.doc.setLineDashPattern([1.2, 0.8], 0);
  w.rule(COLORS.marker, tx, y0 - 2, tx, y0 + layout.axis.bottom + 1, 0.5);
  w.doc.setLineDashPattern([], 0);
  const [thresholdLine] = w.wrap(figure.thresholdLabel, { ...scaled(STYLES.meta, 7), color: COLORS.marker }, 40);
  if (thresholdLine) w.drawLine(thresholdLine, tx, y0 - 2 - thresholdLine.height - 0.3, 'center');
  // Legend, in the same patterns.
  let lx = x0 + layout.axis.x;
  const ly = y0 + layout.height + 2;
  for (const item of figure.legend) {
    w.fill(COLORS.track, lx, ly + 0.6, 5, 3.4);
    drawStatusBar(w, item.status, lx, ly + 0.6, 5, 3.4);
    const [line] = w.wrap(item.label, valueStyle, 60);
    if (!line) continue;
    w.drawLine(line, lx + 6.5, ly + 2.3 - line.height / 2);
    lx += 6.5 + w.width(line.text, valueStyle) + 7;
  }
  w.y = ly + legendHeight;
}

/** Wraps a chart label into the room of its row, shrinking the type if needed rather than cutting text. */
function fitLines(w: PdfWriter, text: string, style: TextStyle, width: number, height: number): Line[] {
  for (let size = style.size; size >= 5.5; size -= 0.5) {
    const lines = w.wrap(text, scaled(style, size), width);
    if (lines.length <= 2 && (lines.length === 1 || linesHeight(lines) <= height + 2)) return lines;
  }
  return w.wrap(text, scaled(style, 5.5), width);
}

function drawHeading(w: PdfWriter, text: string, next: ReportBlock | undefined, afterNext: ReportBlock | undefined): void {
  const lines = w.wrap(text, STYLES.h2, CONTENT_WIDTH);
  // Keep the heading with the start of what follows it.
  let follow = next ? leadHeight(w, next) : 0;
  if (next?.kind === 'paragraph' && next.role === 'meta' && afterNext) follow += leadHeight(w, afterNext);
  w.ensure(linesHeight(lines) + 2 + follow);
  w.y += 2;
  drawRow(w, [{ x: MARGIN_X, width: CONTENT_WIDTH, lines }], { padY: 0 });
  w.y += 1.6;
}

/**
 * The room a block needs on this page to start here: measured with the same cells and the same rule (rowStartHeight)
 * the block is drawn with, so a heading never stays behind when its block moves on to the next page.
 */
function leadHeight(w: PdfWriter, block: ReportBlock): number {
  const AFTER_HEADING = 3;
  switch (block.kind) {
    case 'heading':
      return linesHeight(w.wrap(block.text, STYLES.h2, CONTENT_WIDTH)) + 2 + AFTER_HEADING;
    case 'paragraph':
      return rowStartHeight(paragraphCells(w, block.text, block.role ?? 'text'), 0) + AFTER_HEADING;
    case 'bullets':
      return block.items.length ? rowStartHeight(bulletCells(w, block.items[0]!), 0) + AFTER_HEADING : 0;
    case 'facts':
      return block.items.length ? rowStartHeight(factCells(w, block.items[0]!), FACT_PAD) + AFTER_HEADING : 0;
    case 'highlights':
      return layoutHighlights(w, block.items).height + AFTER_HEADING;
    case 'columns':
      return rowStartHeight(columnCells(w, block.columns), 0) + AFTER_HEADING;
    case 'table':
      return tableLeadHeight(w, block);
    case 'ladder':
      return LADDER_HEIGHT + 6;
    case 'stage-chart':
      return 115;
  }
}

function drawBlock(w: PdfWriter, block: ReportBlock, next: ReportBlock | undefined, afterNext: ReportBlock | undefined): void {
  switch (block.kind) {
    case 'heading':
      return drawHeading(w, block.text, next, afterNext);
    case 'paragraph':
      return drawParagraph(w, block.text, block.role);
    case 'bullets':
      return drawBullets(w, block.items);
    case 'facts':
      return drawFacts(w, block.items);
    case 'highlights':
      return drawHighlights(w, block.items);
    case 'columns':
      return drawColumns(w, block.columns);
    case 'table':
      return drawTable(w, block);
    case 'ladder':
      return drawLadderBlock(w, block.figure);
    case 'stage-chart':
      return drawStageChart(w, block.figure);
  }
}

function drawCover(w: PdfWriter, cover: ReportCover): void {
  // Title band: the title sits at its foot and the band grows with a long organisation name,
  // whose type shrinks before it would crowd the page.
  let titleStyle: TextStyle = { weight: 'semibold', size: 30, color: COLORS.white };
  let titleLines = w.wrap(cover.title, titleStyle, CONTENT_WIDTH);
  while (titleLines.length > 3 && titleStyle.size > 16) {
    titleStyle = scaled(titleStyle, titleStyle.size - 2);
    titleLines = w.wrap(cover.title, titleStyle, CONTENT_WIDTH);
  }
  const eyebrow = w.wrap(cover.eyebrow.toUpperCase(), { weight: 'semibold', size: 9, color: COLORS.accentSoft }, CONTENT_WIDTH);
  const subtitle = cover.subtitle ? w.wrap(cover.subtitle, { weight: 'regular', size: 14, color: COLORS.white }, CONTENT_WIDTH, 3) : [];
  const titleBlock = [...eyebrow, ...titleLines.map((line, i) => (i ? line : { ...line, gap: 4 })), ...subtitle];
  const bandHeight = Math.max(105, 40 + linesHeight(titleBlock));
  w.fill(COLORS.accent, 0, 0, PAGE_WIDTH, bandHeight);
  const [brand] = w.wrap(cover.brand, { weight: 'semibold', size: 13, color: COLORS.white }, CONTENT_WIDTH);
  if (brand) w.drawLine(brand, MARGIN_X, 16);
  w.fill(COLORS.marker, MARGIN_X, 24, 14, 1.1);
  let top = bandHeight - 18 - linesHeight(titleBlock);
  for (const line of titleBlock) {
    w.drawLine(line, MARGIN_X, top);
    top += line.gap + line.height;
  }
  w.y = bandHeight + 14;
  drawFacts(w, cover.facts);

  // Placement: in words on the left, the small ladder on the right.
  const panelHeight = 90;
  const panelTop = Math.min(w.y + 10, CONTENT_BOTTOM - 8 - panelHeight);
  w.fill(COLORS.accentSoft, MARGIN_X, panelTop, CONTENT_WIDTH, panelHeight);
  w.fill(COLORS.accent, MARGIN_X, panelTop, 1.2, panelHeight);
  const textWidth = CONTENT_WIDTH - 84;
  const words = [
    ...w.wrap(cover.placementLabel.toUpperCase(), { weight: 'semibold', size: 8.5, color: COLORS.muted }, textWidth),
    ...w.wrap(cover.placementValue, { weight: 'semibold', size: 28, color: COLORS.accent }, textWidth, 3),
    ...w.wrap(cover.placementStage, { weight: 'semibold', size: 14, color: COLORS.ink }, textWidth, 2),
  ];
  top = panelTop + (panelHeight - linesHeight(words)) / 2;
  for (const line of words) {
    w.drawLine(line, MARGIN_X + 10, top);
    top += line.gap + line.height;
  }
  drawLadder(w, cover.ladder, MARGIN_X + CONTENT_WIDTH - 66, panelTop + 6, 58, panelHeight - 12, true);
}

function drawFooters(w: PdfWriter, model: ReportModel): void {
  const total = w.doc.getNumberOfPages();
  const style = scaled(STYLES.meta, 7.5);
  for (let page = 1; page <= total; page++) {
    w.setPage(page);
    w.rule(COLORS.rule, MARGIN_X, FOOTER_BASELINE - 4, MARGIN_X + CONTENT_WIDTH, FOOTER_BASELINE - 4);
    const pageLabel = formatPageLabel(model.pageLabelTemplate, page, total);
    const [right] = w.wrap(pageLabel, style, 60);
    const room = CONTENT_WIDTH - (right ? w.width(right.text, style) : 0) - 8;
    // A long organisation name is shortened here only; the cover shows it whole.
    const date = ` · ${model.footer.date}`;
    let title = model.footer.title;
    if (w.width(title + date, style) > room) {
      let cut = title.length;
      while (cut > 1 && w.width(`${title.slice(0, cut).trimEnd()}…${date}`, style) > room) cut--;
      title = `${title.slice(0, cut).trimEnd()}…`;
    }
    const text = title + date;
    const [left] = w.wrap(text, style, room + 20);
    const top = FOOTER_BASELINE - 2.4;
    if (left) w.drawLine(left, MARGIN_X, top);
    if (right) w.drawLine(right, MARGIN_X + CONTENT_WIDTH, top, 'right');
  }
}

/** Draws the report model as an A4 PDF with embedded fonts, real text, page numbers and metadata. */
export async function renderReportPdf(model: ReportModel): Promise<Blob> {
  const w = new PdfWriter(createPdfDocument(model.lang));
  w.doc.setDocumentProperties({
    title: encodePdfTextString(model.metadata.title),
    subject: encodePdfTextString(model.metadata.subject),
    author: encodePdfTextString(model.metadata.author),
    keywords: encodePdfTextString(model.metadata.keywords),
    creator: encodePdfTextString(model.metadata.creator),
  });
  // Viewers show the title rather than the file name.
  w.doc.viewerPreferences({ DisplayDocTitle: true });
  w.doc.setCreationDate(model.generatedAt);
  drawCover(w, model.cover);
  for (const section of model.sections) {
    w.addPage();
    const title = w.wrap(section.title, STYLES.h1, CONTENT_WIDTH);
    drawRow(w, [{ x: MARGIN_X, width: CONTENT_WIDTH, lines: title }], { padY: 0 });
    w.rule(COLORS.accent, MARGIN_X, w.y + 1.5, MARGIN_X + 24, w.y + 1.5, 0.8);
    w.y += 7;
    section.blocks.forEach((block, i) => drawBlock(w, block, section.blocks[i + 1], section.blocks[i + 2]));
  }
  drawFooters(w, model);
  return w.doc.output('blob');
}
