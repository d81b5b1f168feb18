import { describe, expect, it } from 'vitest';
import { layoutTrendSeries } from '../../src/charts/trend-chart-geometry';

describe('trend series layout', () => {
  it('spreads values evenly, puts the minimum at the bottom and the maximum at the top, and breaks the line at a missing value', () => {
    const layout = layoutTrendSeries([0, 100, null, 50], { width: 320, height: 120, min: 0, max: 100, left: 20, right: 20, top: 10, bottom: 10 });
    expect(layout.points.map((p) => Math.round(p.x))).toEqual([20, 113, 207, 300]);
    expect(layout.points[0]!.y).toBe(110);
    expect(layout.points[1]!.y).toBe(10);
    expect(layout.points[2]!.y).toBeNull();
    expect(layout.segments).toEqual(['20,110 113.3,10', '300,60']);
  });

  it('centres a single value', () => {
    expect(layoutTrendSeries([3], { width: 100, height: 50, min: 0, max: 10, left: 0, right: 0, top: 0, bottom: 0 }).points[0]!.x).toBe(50);
  });
});
