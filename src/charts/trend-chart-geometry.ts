/** Pure layout of a trend line: values at evenly spaced moments (milestones, then now), drawn in SVG. */
export interface TrendSeriesOptions {
  width: number;
  height: number;
  /** The value at the bottom and at the top of the plot. */
  min: number;
  max: number;
  /** Room left for the axis labels, and on the right and at the top and bottom for the dots. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface TrendSeriesLayout {
  /** One per value; y null where the value is (no score yet). */
  points: { x: number; y: number | null; value: number | null }[];
  /** Runs of consecutive values as SVG polyline points ("x,y x,y"): a missing value breaks the line. */
  segments: string[];
  /** Where a value sits on the y axis, for grid lines. */
  yOf: (value: number) => number;
  plot: { left: number; right: number; top: number; bottom: number };
}

export function layoutTrendSeries(values: readonly (number | null)[], options: TrendSeriesOptions): TrendSeriesLayout {
  const { width, height, min, max, left, right, top, bottom } = options;
  const plot = { left, right: width - right, top, bottom: height - bottom };
  const span = max - min || 1;
  const yOf = (value: number) => plot.bottom - ((Math.max(min, Math.min(max, value)) - min) / span) * (plot.bottom - plot.top);
  // A single value sits in the middle; more spread evenly from edge to edge.
  const xOf = (i: number) => (values.length <= 1 ? (plot.left + plot.right) / 2 : plot.left + (i * (plot.right - plot.left)) / (values.length - 1));
  const points = values.map((value, i) => ({ x: xOf(i), y: value === null ? null : yOf(value), value }));
  const segments: string[] = [];
  let run: string[] = [];
  for (const p of points) {
    if (p.y === null) {
      if (run.length) segments.push(run.join(' '));
      run = [];
    } else run.push(`${round(p.x)},${round(p.y)}`);
  }
  if (run.length) segments.push(run.join(' '));
  return { points, segments, yOf, plot };
}

const round = (n: number) => Math.round(n * 10) / 10;
