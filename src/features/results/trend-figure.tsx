import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutTrendSeries } from '../../charts/trend-chart-geometry';
import type { TrendPoint } from '../../engine/milestones';
import type { ContentTexts } from '../../engine/model-types';
import { formatScore, formatWhole } from '../../engine/number-format';
import { model } from '../../model/structure';
import { useMediaQuery } from '../../components/use-media-query';
import { useStageLabel } from '../../components/use-stage-label';

interface Props {
  points: TrendPoint[];
  texts: ContentTexts;
}

const shortDate = (iso: string, lang: string) => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: '2-digit' }).format(new Date(iso));

/**
 * The trend across milestones and now: the overall index and the rung as lines, each stage's score as a small
 * chart of its own, and a table that says all of it in text (the charts' alternative).
 */
export function TrendFigure({ points, texts }: Props) {
  const { t, i18n } = useTranslation('plan');
  const lang = i18n.language;
  const titleId = useId();
  const stageLabel = useStageLabel(texts);
  const narrow = useMediaQuery('(max-width: 640px)');
  const total = model.stages.length;
  const width = narrow ? 320 : 640;
  const pad = { left: 34, right: 20 };
  const label = (p: TrendPoint) => (p.id === null ? t('history.now') : p.label);
  const index = layoutTrendSeries(
    points.map((p) => p.overallIndex),
    { width, height: 160, min: 0, max: 100, ...pad, top: 28, bottom: 10 },
  );
  const rung = layoutTrendSeries(
    points.map((p) => p.placement),
    { width, height: 120, min: 0, max: total, ...pad, top: 28, bottom: 30 },
  );
  return (
    <div className="trend">
      <svg className="trend-chart" viewBox={`0 0 ${width} 280`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{t('history.chartLabel')}</title>
        <text x={4} y={14} className="trend-chart__axis-title">
          {t('history.indexAxis')}
        </text>
        <Gridlines series={index} values={[0, 50, 100]} />
        {index.segments.map((segment) => (
          <polyline key={segment} points={segment} className="trend-chart__line" />
        ))}
        {index.points.map((p, i) =>
          p.y === null ? null : <circle key={`ip${i}`} cx={p.x} cy={p.y} r={4} className="trend-chart__dot" data-value={p.value} />,
        )}
        <g transform="translate(0 160)">
          <text x={4} y={14} className="trend-chart__axis-title">
            {t('history.rungAxis')}
          </text>
          <Gridlines series={rung} values={[0, Math.round(total / 2), total]} />
          {rung.segments.map((segment) => (
            <polyline key={segment} points={segment} className="trend-chart__line trend-chart__line--rung" />
          ))}
          {rung.points.map((p, i) => (
            <rect key={`rp${i}`} x={p.x - 4} y={(p.y ?? 0) - 4} width={8} height={8} className="trend-chart__square" data-value={p.value} />
          ))}
          {rung.points.map((p, i) => (
            <text
              key={`x${i}`}
              x={p.x}
              y={rung.plot.bottom + 18}
              // The first and last labels keep inside the drawing.
              textAnchor={points.length > 1 && i === 0 ? 'start' : points.length > 1 && i === points.length - 1 ? 'end' : 'middle'}
              className="trend-chart__tick"
            >
              {points[i]!.id === null ? t('history.now') : shortDate(points[i]!.date, lang)}
            </text>
          ))}
        </g>
      </svg>
      <ul className="trend-legend" aria-hidden="true">
        <li>
          <span className="trend-legend__line" /> {t('history.legendIndex')}
        </li>
        <li>
          <span className="trend-legend__line trend-legend__line--rung" /> {t('history.legendRung', { total })}
        </li>
      </ul>
      {/* Each stage's score as a small chart: the same scale everywhere, so the stages compare at a glance. */}
      <ul className="trend-stages" aria-hidden="true">
        {model.stages.map((stage) => {
          const series = layoutTrendSeries(
            points.map((p) => p.stages.find((s) => s.order === stage.order)?.score ?? null),
            { width: 120, height: 48, min: 0, max: 100, left: 6, right: 6, top: 6, bottom: 6 },
          );
          const last = points.at(-1)?.stages.find((s) => s.order === stage.order)?.score ?? null;
          return (
            <li key={stage.id} className="trend-stages__item">
              <span className="trend-stages__name">{stageLabel.short(stage.order)}</span>
              <svg viewBox="0 0 120 48" focusable="false">
                <rect x="6" y="6" width="108" height="36" className="trend-stages__track" />
                {series.segments.map((segment) => (
                  <polyline key={segment} points={segment} className="trend-chart__line" />
                ))}
                {series.points.map((p, i) => (p.y === null ? null : <circle key={i} cx={p.x} cy={p.y} r={2.5} className="trend-chart__dot" />))}
              </svg>
              <span className="trend-stages__value">{formatScore(last, lang)}</span>
            </li>
          );
        })}
      </ul>
      {/* The caption stays above the scrolling table, so a narrow screen never cuts it. */}
      <p id={`${titleId}-caption`} className="trend-table__caption">
        {t('history.tableCaption')}
      </p>
      <div className="table-scroll" role="region" aria-labelledby={`${titleId}-caption`} tabIndex={0}>
        <table className="trend-table" aria-labelledby={`${titleId}-caption`}>
          <thead>
            <tr>
              <th scope="col">{t('history.milestone')}</th>
              {points.map((p, i) => (
                <th key={p.id ?? `now-${i}`} scope="col">
                  {label(p)}
                  <span className="trend-table__date">{p.id === null ? '' : shortDate(p.date, lang)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('history.rung')}</th>
              {points.map((p, i) => (
                <td key={i}>{formatWhole(p.placement, lang)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('history.index')}</th>
              {points.map((p, i) => (
                <td key={i}>{p.overallIndex === null ? '—' : formatWhole(Math.round(p.overallIndex), lang)}</td>
              ))}
            </tr>
            {model.stages.map((stage) => (
              <tr key={stage.id}>
                <th scope="row">{stageLabel.heading(stage.order)}</th>
                {points.map((p, i) => (
                  <td key={i}>{formatScore(p.stages.find((s) => s.order === stage.order)?.score ?? null, lang)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Horizontal grid lines across a series' plot, each with its value on the left. */
function Gridlines({ series, values }: { series: Pick<ReturnType<typeof layoutTrendSeries>, 'plot' | 'yOf'>; values: number[] }) {
  return values.map((v) => (
    <g key={v}>
      <line x1={series.plot.left} x2={series.plot.right} y1={series.yOf(v)} y2={series.yOf(v)} className="trend-chart__grid" />
      <text x={series.plot.left - 6} y={series.yOf(v)} textAnchor="end" dominantBaseline="middle" className="trend-chart__tick">
        {v}
      </text>
    </g>
  ));
}
