/**
 * Pure layout of the alignment chart: per stage, the participants' lowest-to-highest score as a range and
 * their mean as a marker, on a 0-100 axis. Drawn alike in SVG (the room view) and in the PDF.
 */
export interface StageRangeInput {
  order: number;
  mean: number | null;
  lowest: number | null;
  highest: number | null;
}

export interface StageRangeRow extends StageRangeInput {
  y: number;
  height: number;
  /** Lowest to highest; width 0 when everyone gave the stage the same score; null when nobody scored it. */
  range: { x: number; width: number } | null;
  /** The mean's x; null when nobody scored the stage. */
  meanX: number | null;
  labelRight: number;
  valueX: number;
}

export interface StageRangeLayout {
  width: number;
  height: number;
  axis: { x: number; width: number; top: number; bottom: number };
  threshold: { x: number; value: number };
  ticks: { x: number; value: number }[];
  rows: StageRangeRow[];
}

export interface StageRangeOptions {
  width: number;
  rowHeight: number;
  labelWidth: number;
  valueWidth: number;
  achievedScore: number;
  gap?: number;
  axisLabelHeight?: number;
}

export function layoutStageRanges(stages: readonly StageRangeInput[], options: StageRangeOptions): StageRangeLayout {
  const { width, rowHeight, labelWidth, valueWidth, achievedScore, gap = rowHeight * 0.3, axisLabelHeight = rowHeight } = options;
  const axisX = labelWidth;
  const axisWidth = Math.max(10, width - labelWidth - valueWidth);
  const scaleX = (value: number) => axisX + (axisWidth * Math.max(0, Math.min(100, value))) / 100;
  const rows = [...stages]
    .sort((a, b) => a.order - b.order)
    .map((stage, i): StageRangeRow => {
      const y = i * (rowHeight + gap);
      const scored = stage.lowest !== null && stage.highest !== null;
      return {
        ...stage,
        y,
        height: rowHeight,
        range: scored ? { x: scaleX(stage.lowest!), width: scaleX(stage.highest!) - scaleX(stage.lowest!) } : null,
        meanX: stage.mean === null ? null : scaleX(stage.mean),
        labelRight: axisX - gap,
        valueX: axisX + axisWidth + gap,
      };
    });
  const bottom = rows.length ? rows[rows.length - 1]!.y + rowHeight : 0;
  return {
    width,
    height: bottom + axisLabelHeight,
    axis: { x: axisX, width: axisWidth, top: 0, bottom },
    threshold: { x: scaleX(achievedScore), value: achievedScore },
    ticks: [0, 25, 50, 75, 100].map((value) => ({ x: scaleX(value), value })),
    rows,
  };
}
