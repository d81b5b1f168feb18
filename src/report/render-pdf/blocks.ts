// Text blocks (paragraphs, lists, facts, highlights, columns, headings) and the keep-with-next rule for headings.
import type { ReportBlock, TextRole } from '../report-model';
import { drawLadderBlock, drawStageChart, ladderBlockHeight, stageChartHeight } from './figures';
import { drawStageRanges, stageRangesHeight } from './figures-alignment';
import { COLORS, CONTENT_WIDTH, linesHeight, MARGIN_X, type PdfWriter, scaled, STYLES } from './page-writer';
import { drawRow, type RowCell, rowStartHeight } from './rows';
import { drawTable, tableLeadHeight } from './tables';

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

export function drawFacts(w: PdfWriter, items: { label: string; value: string }[]): void {
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
  const valueStyle = { weight: 'semibold', size: 17, color: w.accent } as const;
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
    w.fill(w.accentSoft, x, w.y, boxWidth, height);
    w.fill(w.accent, x, w.y, 1.2, height);
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
      return ladderBlockHeight(block.figure);
    case 'stage-chart':
      return stageChartHeight(block.figure) + AFTER_HEADING;
    case 'stage-ranges':
      return stageRangesHeight(block.figure) + AFTER_HEADING;
  }
}

export function drawBlock(w: PdfWriter, block: ReportBlock, next: ReportBlock | undefined, afterNext: ReportBlock | undefined): void {
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
    case 'stage-ranges':
      return drawStageRanges(w, block.figure);
  }
}
