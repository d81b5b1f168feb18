/**
 * Pure layout of the alignment chart: per stage, the participants' lowest-to-highest score as a range and
 * their mean as a marker, on a 0-100 axis. Drawn alike in SVG (the room view) and in the PDF.
 */
import { layoutStageRows, type StageChartOptions, type StageRowsLayout } from './stage-chart-geometry';

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

export type StageRangeLayout = StageRowsLayout<StageRangeRow>;

export type StageRangeOptions = StageChartOptions;

export function layoutStageRanges(stages: readonly StageRangeInput[], options: StageRangeOptions): StageRangeLayout {
  return layoutStageRows(stages, options, (stage, scaleX) => ({
    range: stage.lowest !== null && stage.highest !== null ? { x: scaleX(stage.lowest), width: scaleX(stage.highest) - scaleX(stage.lowest) } : null,
    meanX: stage.mean === null ? null : scaleX(stage.mean),
  }));
}
