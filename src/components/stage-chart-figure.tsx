import { useId } from 'react';
import { useMediaQuery } from './use-media-query';
import { layoutStageChart, STAGE_BAR_STYLES, STAGE_LEGEND_ORDER, type StageChartInput } from '../charts/stage-chart-geometry';
import { StageChartTicks, StageRowTrack } from './stage-chart-parts';
import './stage-chart-figure.css';

type Status = StageChartInput['status'];

interface StageChartFigureProps {
  stages: (StageChartInput & { name: string; statusLabel: string })[];
  achievedScore: number;
  label: string;
  thresholdLabel: string;
  formatScore: (score: number | null) => string;
  /** The name of each status, for the legend. */
  statusName: (status: Status) => string;
}

/** One bar in its status's style (STAGE_BAR_STYLES, shared with the PDF); nothing for "no bar". */
function StageBar({ status, x, y, width, height, hatchId }: { status: Status; x: number; y: number; width: number; height: number; hatchId: string }) {
  const style = STAGE_BAR_STYLES[status];
  if (style === 'none' || width <= 0) return null;
  // Fill is an attribute here, and no CSS rule sets it for these classes: CSS would override the pattern.
  const fill = style === 'solid' ? 'var(--brand)' : style === 'hatched' ? `url(#${hatchId})` : 'var(--paper)';
  return <rect x={x} y={y} width={width} height={height} fill={fill} className={`stage-chart__bar stage-chart__bar--${style}`} data-bar={style} />;
}

/** Stage scores as horizontal bars, with a legend in the same patterns; each row also states its score and status in text. */
export function StageChartFigure({ stages, achievedScore, label, thresholdLabel, formatScore, statusName }: StageChartFigureProps) {
  const titleId = useId();
  const hatchId = useId();
  // A narrower drawing on phones keeps its text legible once scaled to the screen.
  const narrow = useMediaQuery('(max-width: 640px)');
  const layout = layoutStageChart(stages, { width: narrow ? 330 : 600, rowHeight: 24, labelWidth: 26, valueWidth: narrow ? 140 : 190, achievedScore });
  return (
    <div className="stage-chart-wrap">
      <svg className="stage-chart" viewBox={`0 0 ${layout.width} ${layout.height + 8}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{label}</title>
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="stage-chart__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="stage-chart__hatch" />
          </pattern>
        </defs>
        <StageChartTicks layout={layout} />
        {layout.rows.map((row, i) => {
          const stage = stages.find((s) => s.order === row.order) ?? stages[i]!;
          return (
            <g key={row.order} className="stage-chart__row" data-status={row.status}>
              <StageRowTrack layout={layout} row={row} />
              <StageBar status={row.status} x={row.bar.x} y={row.y} width={row.bar.width} height={row.height} hatchId={hatchId} />
              <text x={row.valueX} y={row.y + row.height / 2} dominantBaseline="middle" className="stage-chart__value">
                {formatScore(row.score)} · {stage.statusLabel}
              </text>
            </g>
          );
        })}
        <line x1={layout.threshold.x} x2={layout.threshold.x} y1={layout.axis.top - 4} y2={layout.axis.bottom + 4} className="stage-chart__threshold">
          <title>{thresholdLabel}</title>
        </line>
      </svg>
      {/* The legend draws the same bars as the chart (as the PDF's does), in HTML so it wraps on phones. */}
      <ul className="stage-chart__legend" aria-hidden="true">
        {STAGE_LEGEND_ORDER.map((status) => (
          <li key={status} data-status={status}>
            <svg viewBox="0 0 28 16" width="28" height="16" focusable="false">
              <rect x="0" y="0" width="28" height="16" className="stage-chart__track" />
              <StageBar status={status} x={0} y={0} width={28} height={16} hatchId={hatchId} />
            </svg>
            {statusName(status)}
          </li>
        ))}
      </ul>
    </div>
  );
}
