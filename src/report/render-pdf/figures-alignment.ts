// The workshop's alignment chart in the PDF: per stage, the participants' lowest-to-highest score as a bar and
// their mean as a dot, from the same geometry as the room view's chart.
import { layoutStageRanges } from '../../charts/stage-range-geometry';
import type { StageRangeFigure } from '../report-model';
import { drawStageRowsFrame } from './figures';
import { COLORS, CONTENT_WIDTH, MARGIN_X, type PdfWriter, scaled, STYLES } from './page-writer';

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
  drawStageRowsFrame(w, l, figure, x0, y0, labelStyle, valueStyle, (row) => {
    if (row.range) drawRange(w, x0 + row.range.x, y0 + row.y + 1.2, row.range.width, row.height - 2.4);
    if (row.meanX !== null) drawMean(w, x0 + row.meanX, y0 + row.y + row.height / 2);
  });
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
