import { useTranslation } from 'react-i18next';
import { formatPercent, formatScore } from '../../engine/number-format';
import { StageChartFigure } from '../../components/stage-chart-figure';
import { StageTable } from '../../components/stage-table';
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
  const threshold = formatPercent(model.scoring.achievedScore, lang);
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
          thresholdLabel={t('threshold', { value: threshold })}
          formatScore={(score) => formatScore(score, lang)}
          statusName={(status) => tc(`status.${status}`)}
        />
        <figcaption className="hint">
          {t('chartCaption', { value: threshold })}
        </figcaption>
      </figure>
      <StageTable
        caption={t('tableCaption')}
        className="stage-table"
        rows={result.stages}
        texts={texts}
        columns={[
          { header: t('colScore'), cell: (s) => formatScore(s.score, lang) },
          {
            header: t('colStatus'),
            cell: (s) => (
              <>
                <span className={`status status--${s.status}`}>{tc(`status.${s.status}`)}</span>
                {s.scoreReached && s.status !== 'achieved' && (
                  <span className="status-note">{t('heldByEssential', { level: model.scoring.essentialFloor })}</span>
                )}
              </>
            ),
          },
          { header: t('colCoverage'), cell: (s) => formatScore(s.coverage * 100, lang) },
          { header: t('colDontKnow'), cell: (s) => String(s.dontKnowCount) },
        ]}
      />
    </section>
  );
}
