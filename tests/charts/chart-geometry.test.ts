// The chart geometry lives in src/charts; its tests sit with the engine's, whose results it draws.
import { describe, expect, it } from 'vitest';
import { layoutLadder } from '../../src/charts/ladder-geometry';
import { layoutStageChart, type StageChartInput } from '../../src/charts/stage-chart-geometry';

describe('layoutLadder', () => {
  // markerSize = min(12, 40 / 4) = 10; left = 8 + 16 = 24; rungs step (208 - 8) / 10 = 20
  const ladder = layoutLadder({ rungCount: 10, placement: 3, width: 300, height: 216, ladderWidth: 40, padding: 8 });

  it('puts rung 1 at the bottom and rung 10 at the top', () => {
    expect(ladder.rungs.map((r) => r.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ladder.rungs.map((r) => r.y)).toEqual([198, 178, 158, 138, 118, 98, 78, 58, 38, 18]);
    expect(ladder.rungs[0]).toEqual({ order: 1, x1: 24, x2: 64, y: 198, reached: true, current: false, labelX: 76 });
    expect(ladder.rails).toEqual([
      { x: 24, y1: 8, y2: 208 },
      { x: 64, y1: 8, y2: 208 },
    ]);
  });

  it('marks the placement: rungs 1..3 reached, rung 3 current, the marker beside it', () => {
    expect(ladder.rungs.filter((r) => r.reached).map((r) => r.order)).toEqual([1, 2, 3]);
    expect(ladder.rungs.filter((r) => r.current).map((r) => r.order)).toEqual([3]);
    expect(ladder.marker).toEqual({ x: 8, y: 158, size: 10 });
  });

  it('has no marker and no reached rung at placement 0', () => {
    const empty = layoutLadder({ rungCount: 10, placement: 0, width: 300, height: 216, ladderWidth: 40, padding: 8 });
    expect(empty.marker).toBeNull();
    expect(empty.rungs.some((r) => r.reached || r.current)).toBe(false);
  });

  it('puts the marker on the top rung at placement 10', () => {
    const top = layoutLadder({ rungCount: 10, placement: 10, width: 300, height: 216, ladderWidth: 40, padding: 8 });
    expect(top.marker).toEqual({ x: 8, y: 18, size: 10 });
    expect(top.rungs.every((r) => r.reached)).toBe(true);
  });
});

describe('layoutStageChart', () => {
  const stages: StageChartInput[] = [
    { order: 3, score: null, status: 'not-rated' },
    { order: 1, score: 100, status: 'achieved' },
    { order: 2, score: 50, status: 'in-progress' },
    { order: 4, score: 0, status: 'not-started' },
  ];
  // axis from x 100, 600 - 100 - 100 = 400 wide; gap defaults to 0.3 × 20 = 6
  const chart = layoutStageChart(stages, { width: 600, rowHeight: 20, labelWidth: 100, valueWidth: 100, achievedScore: 75 });

  it('draws one row per stage in ladder order, stage 1 first', () => {
    expect(chart.rows.map((r) => r.order)).toEqual([1, 2, 3, 4]);
    expect(chart.rows.map((r) => r.y)).toEqual([0, 26, 52, 78]);
    expect(chart.axis).toEqual({ x: 100, width: 400, top: 0, bottom: 98 });
    expect(chart.height).toBe(118);
  });

  it('draws bars proportional to the score; no bar without a score', () => {
    expect(chart.rows.map((r) => r.bar)).toEqual([
      { x: 100, width: 400 },
      { x: 100, width: 200 },
      { x: 100, width: 0 },
      { x: 100, width: 0 },
    ]);
    const eighty = layoutStageChart([{ order: 1, score: 80, status: 'achieved' }], {
      width: 600,
      rowHeight: 20,
      labelWidth: 100,
      valueWidth: 100,
      achievedScore: 75,
    });
    expect(eighty.rows[0]!.bar.width).toBe(320);
  });

  it('draws the threshold at the achieved score and ticks every 25 %', () => {
    expect(chart.threshold).toEqual({ x: 400, value: 75 });
    expect(chart.ticks).toEqual([
      { x: 100, value: 0 },
      { x: 200, value: 25 },
      { x: 300, value: 50 },
      { x: 400, value: 75 },
      { x: 500, value: 100 },
    ]);
  });

  it('places labels left of the axis and values right of it', () => {
    expect(chart.rows[0]).toMatchObject({ labelRight: 94, valueX: 506, height: 20 });
  });
});
