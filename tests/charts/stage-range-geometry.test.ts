import { describe, expect, it } from 'vitest';
import { layoutStageRanges } from '../../src/charts/stage-range-geometry';

describe('layoutStageRanges (the alignment chart)', () => {
  // Axis from x 20 to 20 + (220 - 20 - 100) = 120: 1 unit per score point.
  const layout = layoutStageRanges(
    [
      { order: 2, mean: 50, lowest: 25, highest: 100 },
      { order: 1, mean: 80, lowest: 80, highest: 80 },
      { order: 3, mean: null, lowest: null, highest: null },
    ],
    { width: 220, rowHeight: 10, labelWidth: 20, valueWidth: 100, achievedScore: 75, gap: 5, axisLabelHeight: 8 },
  );

  it('draws each stage\'s lowest-to-highest range and its mean, in stage order', () => {
    expect(layout.rows.map((r) => r.order)).toEqual([1, 2, 3]);
    expect(layout.rows[1]).toMatchObject({ y: 15, range: { x: 45, width: 75 }, meanX: 70 });
    // Everyone agreed: a range of width 0, the mean on it.
    expect(layout.rows[0]).toMatchObject({ range: { x: 100, width: 0 }, meanX: 100 });
    // Nobody scored the stage: nothing drawn.
    expect(layout.rows[2]).toMatchObject({ range: null, meanX: null });
  });

  it('marks the "achieved" threshold and the grid, and is as tall as its rows and axis labels', () => {
    expect(layout.threshold).toEqual({ x: 95, value: 75 });
    expect(layout.ticks.map((t) => t.x)).toEqual([20, 45, 70, 95, 120]);
    expect(layout.height).toBe(30 + 10 + 8);
  });
});
