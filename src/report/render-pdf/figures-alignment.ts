// The workshop's alignment chart in the PDF: per stage, the participants' lowest-to-highest score as a bar and
// their mean as a dot, from the same geometry as the room view's chart.
import { layoutStageRanges } from '../../charts/stage-range-geometry';
import type { StageRangeFigure } from '../report-model';
import { COLORS, CONTENT_WIDTH, type Line, linesHeight, MARGIN_X, type PdfWriter, scaled, STYLES, type TextStyle } from './page-writer';

const TOP_PAD = 6;
const LEGEND_HEIGHT = 8;
const EXTRA = 2;

const layout = (figure: StageRangeFigure) =>
  layoutStageRanges(figure.rows, { width: CONTENT_WIDTH, rowHeight: 6.2, labelWidth: 62, valueWidth: 44, achievedScore: figure.achievedScore, gap: 2.2, axisLabelHeight: 6 });

/** The whole chart, legend included, as drawn. */
export const stageRangesHeight = (figure: StageRangeFigure) => TOP_PAD + layout(figure).height + EXTRA + LEGEND_HEIGHT;

function drawRange(w: PdfWriter, x: number, y: number, width: number, height: number): void {
  // A range of zero width (everyone agreed) still shows as a short bar around the dot.
  const left = x - 0.8;
  const full = width + 1.6;
  w.fill(COLORS.accentSoft, left, y, full, height);
  w.doc.setDrawColor(...COLORS.accent);
  w.doc.setLineWidth(0.4);
  w.doc.rect(left, y, full, height, 'S');
}

function drawMean(w: PdfWriter, x: number, y: number): void {
  w.doc.setFillColor(...COLORS.accent);
  w.doc.setDrawColor(...COLORS.white);
  w.doc.setLineWidth(0.4);
  w.doc.circle(x, y, 1.6, 'FD');
}

export function drawStageRanges(w: PdfWriter, figure: StageRangeFigure): void {
  const labelStyle = scaled(STYLES.text, 8);
  const valueStyle = scaled(STYLES.meta, 7.5);
  const l = layout(figure);
  w.ensure(TOP_PAD + l.height + LEGEND_HEIGHT);
  const x0 = MARGIN_X;
  const y0 = w.y + TOP_PAD;
  for (const row of l.rows) w.fill(COLORS.track, x0 + l.axis.x, y0 + row.y, l.axis.width, row.height);
  l.ticks.forEach((tick, i) => {
    w.rule(COLORS.rule, x0 + tick.x, y0 + l.axis.top - 1, x0 + tick.x, y0 + l.axis.bottom + 1);
    const [line] = w.wrap(figure.tickLabels[i] ?? '', valueStyle, 20);
    if (line) w.drawLine(line, x0 + tick.x, y0 + l.axis.bottom + 1.5, 'center');
  });
  for (const row of l.rows) {
    const mid = y0 + row.y + row.height / 2;
    if (row.range) drawRange(w, x0 + row.range.x, y0 + row.y + 1.2, row.range.width, row.height - 2.4);
    if (row.meanX !== null) drawMean(w, x0 + row.meanX, mid);
    const source = figure.rows.find((r) => r.order === row.order);
    const labelLines = fit(w, source?.label ?? '', labelStyle, row.labelRight - 1, row.height);
    w.drawLines(labelLines, x0 + row.labelRight, y0 + row.y + (row.height - linesHeight(labelLines)) / 2, 'right');
    const valueLines = fit(w, source?.valueText ?? '', valueStyle, CONTENT_WIDTH - row.valueX, row.height);
    w.drawLines(valueLines, x0 + row.valueX, y0 + row.y + (row.height - linesHeight(valueLines)) / 2);
  }
  const tx = x0 + l.threshold.x;
  w.doc.setLineDashPattern([1.2, 0.8], 0);
  w.rule(COLORS.marker, tx, y0 - 2, tx, y0 + l.axis.bottom + 1, 0.5);
  w.doc.setLineDashPattern([], 0);
  const [thresholdLine] = w.wrap(figure.thresholdLabel, { ...scaled(STYLES.meta, 7), color: COLORS.marker }, 40);
  if (thresholdLine) w.drawLine(thresholdLine, tx, y0 - 2 - thresholdLine.height - 0.3, 'center');
  // Legend: the bar and the dot, in words.
  let lx = x0 + l.axis.x;
  const ly = y0 + l.height + EXTRA;
  drawRange(w, lx + 0.8, ly + 0.6, 3.4, 3.4);
  const [rangeLine] = w.wrap(figure.legend.range, valueStyle, 70);
  if (rangeLine) {
    w.drawLine(rangeLine, lx + 7, ly + 2.3 - rangeLine.height / 2);
    lx += 7 + w.width(rangeLine.text, valueStyle) + 7;
  }
  drawMean(w, lx + 1.6, ly + 2.3);
  const [meanLine] = w.wrap(figure.legend.mean, valueStyle, 40);
  if (meanLine) w.drawLine(meanLine, lx + 5, ly + 2.3 - meanLine.height / 2);
  w.y = ly + LEGEND_HEIGHT;
}

/** Wraps a label into its row, shrinking the type if needed rather than cutting text. */
function fit(w: PdfWriter, text: string, style: TextStyle, width: number, height: number): Line[] {
  for (let size = style.size; size >= 5.5; size -= 0.5) {
    const lines = w.wrap(text, scaled(style, size), width);
    if (lines.length <= 2 && (lines.length === 1 || linesHeight(lines) <= height + 2)) return lines;
  }
  return w.wrap(text, scaled(style, 5.5), width);
}
