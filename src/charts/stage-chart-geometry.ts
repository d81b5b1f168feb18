/** Pure layout of the stage-score chart: one horizontal bar per stage, drawn alike in SVG and PDF. */
export interface StageChartInput {
  order: number;
  /** 0-100, or null when nothing was answered. */
  score: number | null;
  status: 'not-rated' | 'achieved' | 'in-progress' | 'not-started';
}

export interface StageChartRow extends StageChartInput {
  y: number;
  height: number;
  /** The bar: from the axis start to the score. */
  bar: { x: number; width: number };
  /** Where the row's label text ends (right-aligned) and the value text starts. */
  labelRight: number;
  valueX: number;
}

export type StageChartLayout = StageRowsLayout<StageChartRow>;

export interface StageChartOptions {
  width: number;
  rowHeight: number;
  labelWidth: number;
  valueWidth: number;
  achievedScore: number;
  gap?: number;
  /** Space at the bottom for tick labels. */
  axisLabelHeight?: number;
}

/** The values marked along a stage-row chart's 0-100 axis (the PDF labels them, formatted, in this order). */
export const STAGE_AXIS_TICKS = [0, 25, 50, 75, 100] as const;

/** A chart frame with one row per stage on a 0-100 axis: the stage chart and the workshop's alignment chart share it. */
export interface StageRowsLayout<Row> {
  width: number;
  height: number;
  axis: { x: number; width: number; top: number; bottom: number };
  threshold: { x: number; value: number };
  ticks: { x: number; value: number }[];
  rows: Row[];
}

/**
 * Lays out one row per stage (ladder order) on a 0-100 axis between the labels and the values; `place` adds what
 * each chart draws in its row, given the axis scale.
 */
export function layoutStageRows<In extends { order: number }, Extra>(
  stages: readonly In[],
  options: StageChartOptions,
  place: (stage: In, scaleX: (value: number) => number, axisX: number) => Extra,
): StageRowsLayout<In & Extra & { y: number; height: number; labelRight: number; valueX: number }> {
  const { width, rowHeight, labelWidth, valueWidth, achievedScore, gap = rowHeight * 0.3, axisLabelHeight = rowHeight } = options;
  const axisX = labelWidth;
  const axisWidth = Math.max(10, width - labelWidth - valueWidth);
  const scaleX = (value: number) => axisX + (axisWidth * Math.max(0, Math.min(100, value))) / 100;
  const rows = [...stages]
    .sort((a, b) => a.order - b.order)
    .map((stage, i) => ({
      ...stage,
      y: i * (rowHeight + gap),
      height: rowHeight,
      ...place(stage, scaleX, axisX),
      labelRight: axisX - gap,
      valueX: axisX + axisWidth + gap,
    }));
  const bottom = rows.length ? rows[rows.length - 1]!.y + rowHeight : 0;
  return {
    width,
    height: bottom + axisLabelHeight,
    axis: { x: axisX, width: axisWidth, top: 0, bottom },
    threshold: { x: scaleX(achievedScore), value: achievedScore },
    ticks: STAGE_AXIS_TICKS.map((value) => ({ x: scaleX(value), value })),
    rows,
  };
}

export function layoutStageChart(stages: readonly StageChartInput[], options: StageChartOptions): StageChartLayout {
  return layoutStageRows(stages, options, (stage, scaleX, axisX) => ({
    bar: { x: axisX, width: stage.score === null ? 0 : scaleX(stage.score) - axisX },
  }));
}

/** How a stage's bar is drawn: solid, hatched, a dotted outline only, or no bar. */
export type StageBarStyle = 'solid' | 'hatched' | 'dotted' | 'none';

/**
 * The one legend of the stage chart, drawn alike by the app and the PDF, so status never rests on colour
 * alone: achieved solid, in progress hatched, not rated a dotted outline (its score rests on too few
 * answers to be filled in), not started no bar.
 */
export const STAGE_BAR_STYLES: Record<StageChartInput['status'], StageBarStyle> = {
  achieved: 'solid',
  'in-progress': 'hatched',
  'not-rated': 'dotted',
  'not-started': 'none',
};

/** The statuses in legend order. */
export const STAGE_LEGEND_ORDER: readonly StageChartInput['status'][] = ['achieved', 'in-progress', 'not-started', 'not-rated'];
