import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutStageRanges } from '../../charts/stage-range-geometry';
import { StageChartTicks, StageRowTrack } from '../../components/stage-chart-parts';
import { useMediaQuery } from '../../components/use-media-query';
import { formatScore } from '../../engine/number-format';
import type { StageSummary } from '../../engine/summarize-workshop';
// The chart's axis, track and label shapes, shared with the results' stage chart.
import '../../components/stage-chart-figure.css';

interface Props {
  stages: readonly StageSummary[];
  stageName: (order: number) => string;
  achievedScore: number;
}

/**
 * How aligned the room is, stage by stage: the participants' lowest-to-highest score as a bar and their mean
 * as a dot (the same geometry as the PDF's), with a table of the same figures as its text alternative.
 */
export const AlignmentFigure = memo(function AlignmentFigure({ stages, stageName, achievedScore }: Props) {
  const { t, i18n } = useTranslation('workshop');
  const titleId = useId();
  const lang = i18n.language;
  const narrow = useMediaQuery('(max-width: 640px)');
  const layout = layoutStageRanges(stages, { width: narrow ? 330 : 640, rowHeight: 20, labelWidth: 28, valueWidth: narrow ? 64 : 150, achievedScore, gap: 8 });
  // On a phone "mean (lowest–highest)" would run past the drawing: the mean only, the bar shows the range and the table gives it.
  const value = (s: StageSummary) =>
    s.mean === null
      ? '—'
      : narrow
        ? formatScore(s.mean, lang)
        : t('room.range', { mean: formatScore(s.mean, lang), lowest: formatScore(s.lowest, lang), highest: formatScore(s.highest, lang) });
  return (
    <div className="alignment">
      <svg className="alignment__chart" viewBox={`0 -18 ${layout.width} ${layout.height + 26}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{t('room.alignmentLabel')}</title>
        <StageChartTicks layout={layout} />
        {layout.rows.map((row, i) => {
          const stage = stages.find((s) => s.order === row.order) ?? stages[i]!;
          const mid = row.y + row.height / 2;
          return (
            <g key={row.order} className="alignment__row" data-stage={row.order}>
              <StageRowTrack layout={layout} row={row} />
              {row.range && (
                <rect x={row.range.x - 2} y={row.y + 4} width={row.range.width + 4} height={row.height - 8} rx={3} className="alignment__range" />
              )}
              {row.meanX !== null && <circle cx={row.meanX} cy={mid} r={6} className="alignment__mean" />}
              <text x={row.valueX} y={mid} dominantBaseline="middle" className="stage-chart__value">
                {value(stage)}
              </text>
            </g>
          );
        })}
        <line x1={layout.threshold.x} x2={layout.threshold.x} y1={-4} y2={layout.axis.bottom + 4} className="stage-chart__threshold" />
        <text x={layout.threshold.x} y={-6} textAnchor="middle" className="alignment__threshold-label">
          {t('room.threshold')}
        </text>
      </svg>
      <details className="alignment__data">
        <summary>{t('room.alignmentTable')}</summary>
        <div className="table-scroll">
          <table className="data-table table--stack">
            <caption>{t('room.alignmentCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('room.colStage')}</th>
                <th scope="col">{t('room.colMean')}</th>
                <th scope="col">{t('room.colLowest')}</th>
                <th scope="col">{t('room.colHighest')}</th>
                <th scope="col">{t('room.colScored')}</th>
              </tr>
            </thead>
            <tbody>
              {stages.map((s) => (
                <tr key={s.stageId}>
                  <th scope="row">{stageName(s.order)}</th>
                  <td data-label={t('room.colMean')}>{formatScore(s.mean, lang)}</td>
                  <td data-label={t('room.colLowest')}>{formatScore(s.lowest, lang)}</td>
                  <td data-label={t('room.colHighest')}>{formatScore(s.highest, lang)}</td>
                  <td data-label={t('room.colScored')}>{s.scoredCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
});
