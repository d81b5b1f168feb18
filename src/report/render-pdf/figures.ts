// The figures: the ladder (cover and profile) and the stage chart, drawn from the app's shared chart geometry.
import { layoutLadder } from '../../charts/ladder-geometry';
import { layoutStageChart, STAGE_BAR_STYLES, type StageRowsLayout } from '../../charts/stage-chart-geometry';
import type { StageStatus } from '../../engine/score-stage';
import type { LadderFigure, StageChartFigure } from '../report-model';
import { COLORS, CONTENT_WIDTH, type Line, linesHeight, MARGIN_X, type PdfWriter, scaled, STYLES, type TextStyle } from './page-writer';

/** Draws the ladder from the shared geometry, in mm, with its top-left corner at (x, y). */
export function drawLadder(w: PdfWriter, figure: LadderFigure, x: number, y: number, width: number, height: number, compact: boolean): void {
  const layout = layoutLadder({ placement: figure.placement, rungCount: figure.rungLabels.length, width, height, ladderWidth: compact ? 16 : 26, padding: compact ? 3 : 4 });
  for (const rail of layout.rails) w.rule(COLORS.rule, x + rail.x, y + rail.y1, x + rail.x, y + rail.y2, 0.8);
  for (const rung of layout.rungs) {
    const color = rung.reached ? w.accent : COLORS.rule;
    w.rule(color, x + rung.x1, y + rung.y, x + rung.x2, y + rung.y, rung.current ? 2 : rung.reached ? 1.3 : 0.8);
    const label = compact ? String(rung.order) : (figure.rungLabels[rung.order - 1] ?? String(rung.order));
    const style: TextStyle = rung.current
      ? { weight: 'semibold', size: compact ? 8 : 9.5, color: w.accent }
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
      w.fill(w.accent, tagX, y + rung.y - 2.6, tagWidth, 5.2);
      w.drawLine(tag, tagX + 2, y + rung.y - tag.height / 2);
    }
  }
  if (layout.marker) {
    const { x: mx, y: my, size } = layout.marker;
    w.doc.setFillColor(...COLORS.marker);
    w.doc.triangle(x + mx, y + my - size / 2, x + mx, y + my + size / 2, x + mx + size * 0.9, y + my, 'F');
  }
}

/** Room per rung: the ladder grows with the model's stages (78 mm for ten). */
const RUNG_SPACING = 7.8;
const LADDER_SPACE_AFTER = 6;

/** The ladder's height for the model's rungs, on the cover and in the profile alike. */
export const ladderHeight = (figure: LadderFigure) => RUNG_SPACING * Math.max(1, figure.rungLabels.length);

/** Everything the ladder block takes on its page, space after included. */
export const ladderBlockHeight = (figure: LadderFigure) => ladderHeight(figure) + LADDER_SPACE_AFTER;

export function drawLadderBlock(w: PdfWriter, figure: LadderFigure): void {
  const height = ladderHeight(figure);
  w.ensure(height);
  drawLadder(w, figure, MARGIN_X, w.y, CONTENT_WIDTH, height, false);
  w.y += height + LADDER_SPACE_AFTER;
}

/**
 * A bar in the app's status patterns (STAGE_BAR_STYLES), so status never rests on colour alone: achieved
 * solid, in progress hatched, not started empty (track only), not rated a dotted outline.
 */
function drawStatusBar(w: PdfWriter, status: StageStatus, x: number, y: number, width: number, height: number): void {
  const { doc } = w;
  const style = STAGE_BAR_STYLES[status];
  if (width <= 0 || style === 'none') return;
  if (style === 'solid') return w.fill(w.accent, x, y, width, height);
  if (style === 'dotted') {
    w.fill(COLORS.white, x, y, width, height);
    doc.setLineDashPattern([0.5, 0.6], 0);
    doc.setDrawColor(...w.accent);
    doc.setLineWidth(0.35);
    doc.rect(x, y, width, height, 'S');
    doc.setLineDashPattern([], 0);
    return;
  }
  w.fill(w.accentSoft, x, y, width, height);
  // 45° hatching clipped to the bar by arithmetic: each line X + Y = c inside [0, width] × [0, height].
  const step = 1.6;
  for (let c = step; c < width + height; c += step) {
    const x1 = Math.max(0, c - height);
    const x2 = Math.min(width, c);
    w.rule(w.accent, x + x1, y + height - (c - x1), x + x2, y + height - (c - x2), 0.45);
  }
  doc.setDrawColor(...w.accent);
  doc.setLineWidth(0.4);
  doc.rect(x, y, width, height, 'S');
}

const CHART_TOP_PAD = 6;
const CHART_LEGEND_HEIGHT = 8;
/** Space for the stage chart's threshold label above the plot and the legend's gap below. */
const CHART_EXTRA = 2;

/** The chart's geometry: one row per stage of the model, so its height follows the number of stages. */
const layoutChart = (figure: StageChartFigure) =>
  layoutStageChart(figure.rows, {
    width: CONTENT_WIDTH,
    rowHeight: 6.2,
    // Fixed shares of the page's width; labels that do not fit shrink (fitLines) rather than widen the column.
    labelWidth: 62,
    valueWidth: 40,
    achievedScore: figure.achievedScore,
    gap: 2.2,
    axisLabelHeight: 6,
  });

/** The whole chart, legend included, as drawn. */
export const stageChartHeight = (figure: StageChartFigure) => CHART_TOP_PAD + layoutChart(figure).height + CHART_EXTRA + CHART_LEGEND_HEIGHT;

export function drawStageChart(w: PdfWriter, figure: StageChartFigure): void {
  const labelStyle = scaled(STYLES.text, 8);
  const valueStyle = scaled(STYLES.meta, 7.5);
  const layout = layoutChart(figure);
  const legendHeight = CHART_LEGEND_HEIGHT;
  const topPad = CHART_TOP_PAD;
  w.ensure(topPad + layout.height + legendHeight);
  const x0 = MARGIN_X;
  const y0 = w.y + topPad;
  drawStageRowsFrame(w, layout, figure, x0, y0, labelStyle, valueStyle, (row) =>
    drawStatusBar(w, row.status, x0 + row.bar.x, y0 + row.y, row.bar.width, row.height),
  );
  // Legend, in the same patterns.
  let lx = x0 + layout.axis.x;
  const ly = y0 + layout.height + CHART_EXTRA;
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

type FrameRow = { order: number; y: number; height: number; labelRight: number; valueX: number };

/**
 * What both stage-row charts (the stage chart, the workshop's alignment chart) draw around their own marks, from the
 * shared layout: the tracks, the ticks with their values, each row's label and value, and the dashed threshold,
 * labelled above the plot. `drawMarks` adds the chart's own marks in each row, over its track.
 */
export function drawStageRowsFrame<Row extends FrameRow>(
  w: PdfWriter,
  layout: StageRowsLayout<Row>,
  figure: { rows: { order: number; label: string; valueText: string }[]; tickLabels: string[]; thresholdLabel: string },
  x0: number,
  y0: number,
  labelStyle: TextStyle,
  valueStyle: TextStyle,
  drawMarks: (row: Row) => void,
): void {
  for (const row of layout.rows) w.fill(COLORS.track, x0 + layout.axis.x, y0 + row.y, layout.axis.width, row.height);
  layout.ticks.forEach((tick, i) => {
    w.rule(COLORS.rule, x0 + tick.x, y0 + layout.axis.top - 1, x0 + tick.x, y0 + layout.axis.bottom + 1);
    const [line] = w.wrap(figure.tickLabels[i] ?? '', valueStyle, 20);
    if (line) w.drawLine(line, x0 + tick.x, y0 + layout.axis.bottom + 1.5, 'center');
  });
  for (const row of layout.rows) {
    drawMarks(row);
    const source = figure.rows.find((r) => r.order === row.order);
    const labelLines = fitLines(w, source?.label ?? '', labelStyle, row.labelRight - 1, row.height);
    w.drawLines(labelLines, x0 + row.labelRight, y0 + row.y + (row.height - linesHeight(labelLines)) / 2, 'right');
    const valueLines = fitLines(w, source?.valueText ?? '', valueStyle, CONTENT_WIDTH - row.valueX, row.height);
    w.drawLines(valueLines, x0 + row.valueX, y0 + row.y + (row.height - linesHeight(valueLines)) / 2);
  }
  const tx = x0 + layout.threshold.x;
  w.doc.setLineDashPattern([1.2, 0.8], 0);
  w.rule(COLORS.marker, tx, y0 - 2, tx, y0 + layout.axis.bottom + 1, 0.5);
  w.doc.setLineDashPattern([], 0);
  const [thresholdLine] = w.wrap(figure.thresholdLabel, { ...scaled(STYLES.meta, 7), color: COLORS.marker }, 40);
  if (thresholdLine) w.drawLine(thresholdLine, tx, y0 - 2 - thresholdLine.height - 0.3, 'center');
}

/** Wraps a chart label into the room of its row, shrinking the type if needed rather than cutting text. */
function fitLines(w: PdfWriter, text: string, style: TextStyle, width: number, height: number): Line[] {
  for (let size = style.size; size >= 5.5; size -= 0.5) {
    const lines = w.wrap(text, scaled(style, size), width);
    if (lines.length <= 2 && (lines.length === 1 || linesHeight(lines) <= height + 2)) return lines;
  }
  return w.wrap(text, scaled(style, 5.5), width);
}
