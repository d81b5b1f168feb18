// The frame both stage-row charts draw (the results' stage chart and the workshop's alignment chart), over the
// shared layout of charts/stage-chart-geometry.ts: the axis ticks with their values, and each row's label and track.
import type { StageRowsLayout } from '../charts/stage-chart-geometry';

/** The vertical tick lines across the rows, with their values under the axis. */
export function StageChartTicks({ layout }: { layout: Pick<StageRowsLayout<unknown>, 'ticks' | 'axis'> }) {
  return layout.ticks.map((tick) => (
    <g key={tick.value}>
      <line x1={tick.x} x2={tick.x} y1={layout.axis.top} y2={layout.axis.bottom} className="stage-chart__tick" />
      <text x={tick.x} y={layout.axis.bottom + 16} textAnchor="middle" className="stage-chart__tick-label">
        {tick.value}
      </text>
    </g>
  ));
}

/** A row's stage number on the left and its empty track along the axis. */
export function StageRowTrack({ layout, row }: { layout: Pick<StageRowsLayout<unknown>, 'axis'>; row: { order: number; labelRight: number; y: number; height: number } }) {
  return (
    <>
      <text x={row.labelRight} y={row.y + row.height / 2} textAnchor="end" dominantBaseline="middle" className="stage-chart__label">
        {row.order}
      </text>
      <rect x={layout.axis.x} y={row.y} width={layout.axis.width} height={row.height} className="stage-chart__track" />
    </>
  );
}
