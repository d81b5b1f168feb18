import { useId } from 'react';
import { useMediaQuery } from './use-media-query';
import { layoutStageChart, type StageChartInput } from '../charts/stage-chart-geometry';

interface StageChartFigureProps {
  stages: (StageChartInput & { name: string; statusLabel: string })[];
  achievedScore: number;
  label: string;
  thresholdLabel: string;
  formatScore: (score: number | null) => string;
}

const STATUS_PATTERN: Record<StageChartInput['status'], string> = {
  achieved: 'solid',
  'in-progress': 'hatched',
  'not-started': 'empty',
  'not-rated': 'dotted',
};

/** Stage scores as horizontal bars; each row also states its score and status in text. */
export function StageChartFigure({ stages, achievedScore, label, thresholdLabel, formatScore }: StageChartFigureProps) {
  const titleId = useId();
  const patternId = useId();
  // A narrower drawing on phones keeps its text legible once scaled to the screen.
  const narrow = useMediaQuery('(max-width: 640px)');
  const layout = layoutStageChart(stages, { width: narrow ? 330 : 600, rowHeight: 24, labelWidth: 26, valueWidth: narrow ? 140 : 190, achievedScore });
  return (
    <svg className="stage-chart" viewBox={`0 0 ${layout.width} ${layout.height + 8}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{label}</title>
      <defs>
        <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="stage-chart__hatch-bg" />
          <line x1="0" y1="0" x2="0" y2="6" className="stage-chart__hatch" />
        </pattern>
      </defs>
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={tick.x} x2={tick.x} y1={layout.axis.top} y2={layout.axis.bottom} className="stage-chart__tick" />
          <text x={tick.x} y={layout.axis.bottom + 16} textAnchor="middle" className="stage-chart__tick-label">
            {tick.value}
          </text>
        </g>
      ))}
      {layout.rows.map((row, i) => {
        const stage = stages.find((s) => s.order === row.order) ?? stages[i]!;
        const kind = STATUS_PATTERN[row.status];
        return (
          <g key={row.order} className={`stage-chart__row stage-chart__row--${kind}`}>
            <text x={row.labelRight} y={row.y + row.height / 2} textAnchor="end" dominantBaseline="middle" className="stage-chart__label">
              {row.order}
            </text>
            <rect x={layout.axis.x} y={row.y} width={layout.axis.width} height={row.height} className="stage-chart__track" />
            {row.bar.width > 0 && (
              <rect
                x={row.bar.x}
                y={row.y}
                width={row.bar.width}
                height={row.height}
                className="stage-chart__bar"
                fill={kind === 'hatched' ? `url(#${patternId})` : undefined}
              />
            )}
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
  );
}
