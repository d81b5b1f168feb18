import { useTranslation } from 'react-i18next';
import { formatScore } from '../../components/format';
import { StageChartFigure } from '../../components/stage-chart-figure';
import type { AssessmentResult } from '../../engine/assess';
import type { ContentTexts } from '../../engine/model-types';
import { model } from '../../model/structure';

interface Props {
  result: AssessmentResult;
  texts: ContentTexts;
}

/** The ten stage scores as a chart, with a table that says the same in text. */
export function StageScores({ result, texts }: Props) {
  const { t, i18n } = useTranslation('results');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const rows = result.stages.map((s) => ({
    order: s.order,
    score: s.score,
    status: s.status,
    name: texts.stages[s.stageId]?.name ?? s.stageId,
    statusLabel: tc(`status.${s.status}`),
  }));
  return (
    <section className="card stage-scores" aria-labelledby="scores-title">
      <h2 id="scores-title">{t('scoresTitle')}</h2>
      <figure>
        <StageChartFigure
          stages={rows}
          achievedScore={model.scoring.achievedScore}
          label={t('chartLabel')}
          thresholdLabel={t('threshold', { value: model.scoring.achievedScore })}
          formatScore={(score) => formatScore(score, lang)}
        />
        <figcaption className="hint">
          {t('chartCaption', { value: model.scoring.achievedScore })}
        </figcaption>
      </figure>
      <table className="table">
        <caption className="visually-hidden">{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colStage')}</th>
            <th scope="col">{t('colScore')}</th>
            <th scope="col">{t('colStatus')}</th>
            <th scope="col">{t('colCoverage')}</th>
          </tr>
        </thead>
        <tbody>
          {result.stages.map((s, i) => (
            <tr key={s.stageId}>
              <th scope="row">
                {s.order}. {rows[i]!.name}
              </th>
              <td>{formatScore(s.score, lang)}</td>
              <td>
                <span className={`status status--${s.status}`}>{tc(`status.${s.status}`)}</span>
              </td>
              <td>{formatScore(s.coverage * 100, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
