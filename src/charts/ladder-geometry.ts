/** Pure layout of the ten-rung ladder, drawn alike by the app (SVG) and the report (PDF). */
export interface LadderRung {
  order: number;
  /** Left and right ends of the rung, and its height from the top. */
  x1: number;
  x2: number;
  y: number;
  /** At or below the placement. */
  reached: boolean;
  /** The company's current rung (the placement). */
  current: boolean;
  /** Where this rung's label starts (right of the ladder), vertically centred on the rung. */
  labelX: number;
}

export interface LadderLayout {
  width: number;
  height: number;
  rails: { x: number; y1: number; y2: number }[];
  rungs: LadderRung[];
  /** Marker beside the current rung, absent when the placement is 0. */
  marker: { x: number; y: number; size: number } | null;
}

export interface LadderOptions {
  /** The model's number of stages. */
  rungCount: number;
  placement: number;
  width: number;
  height: number;
  /** Width of the ladder itself; the rest is left for labels. */
  ladderWidth: number;
  padding?: number;
}

/** Lays out rung 1 at the bottom and the last rung at the top. */
export function layoutLadder({ rungCount, placement, width, height, ladderWidth, padding = 8 }: LadderOptions): LadderLayout {
  const markerSize = Math.min(12, ladderWidth / 4);
  const left = padding + markerSize * 1.6;
  const right = left + ladderWidth;
  const top = padding;
  const bottom = height - padding;
  const step = (bottom - top) / rungCount;
  const rungs: LadderRung[] = Array.from({ length: rungCount }, (_, i) => {
    const order = i + 1;
    const y = bottom - step * (i + 0.5);
    return { order, x1: left, x2: right, y, reached: order <= placement, current: order === placement, labelX: right + padding * 1.5 };
  });
  const current = rungs.find((r) => r.current);
  return {
    width,
    height,
    rails: [
      { x: left, y1: top, y2: bottom },
      { x: right, y1: top, y2: bottom },
    ],
    rungs,
    marker: current ? { x: padding, y: current.y, size: markerSize } : null,
  };
}
