import { useTranslation } from 'react-i18next';
import type { AssessmentResult } from '../../engine/assess';
import { HORIZONS } from '../../engine/build-roadmap';
import type { ContentTexts } from '../../engine/model-types';
import { model } from '../../model/structure';
import { answerLabel } from '../../components/answer-label';
import { useStageLabel } from '../../components/use-stage-label';
import { jumpToSection } from '../../components/jump-to-section';

interface Props {
  result: AssessmentResult;
  texts: ContentTexts;
}

/** The roadmap by horizon; each action with its stage, expected outcome and KPI. */
export function RoadmapSection({ result, texts }: Props) {
  const { t } = useTranslation('results');
  const { t: tc } = useTranslation();
  const stageLabel = useStageLabel(texts);
  const total = HORIZONS.reduce((n, h) => n + result.roadmap[h].length, 0);
  return (
    <section className="roadmap" aria-labelledby="roadmap-title">
      <h2 id="roadmap-title">{t('roadmapTitle')}</h2>
      <p>{total ? t('roadmapIntro') : t('roadmapEmpty')}</p>
      {HORIZONS.map((horizon) => {
        const items = result.roadmap[horizon];
        // Now may hold nothing to build and still point at the answers to find out first.
        const pointsToFindOut = horizon === 'now' && result.blockingUnknowns.length > 0;
        if (!items.length && !pointsToFindOut) return null;
        return (
          <section key={horizon} className="horizon card" aria-labelledby={`horizon-${horizon}`}>
            <h3 id={`horizon-${horizon}`} tabIndex={-1}>
              {tc(`horizon.${horizon}`)} <span className="count">({items.length})</span>
            </h3>
            <p className="hint">{t(`horizonHint.${horizon}`)}</p>
            {pointsToFindOut && (
              <p className="find-out-pointer">
                {t('nowFindOutFirst', { count: result.blockingUnknowns.length })} <a href="#horizon-find-out" onClick={(e) => jumpToSection(e, 'horizon-find-out')}>
                  {tc('horizon.find-out')}
                </a>
              </p>
            )}
            {items.length > 0 && (
            <ol className="actions-list">
              {items.map((item) => {
                const q = texts.questions[item.questionId];
                const stage = model.stages.find((s) => s.id === item.stageId)!;
                return (
                  <li key={`${horizon}-${item.questionId}`} className="action-item">
                    <p className="action-item__action">
                      {horizon === 'find-out' ? t('findOutWhether', { statement: q?.statement ?? '' }) : q?.action}
                    </p>
                    <dl className="action-item__meta">
                      <div>
                        <dt>{t('stage')}</dt>
                        <dd>{stageLabel.heading(stage.order)}</dd>
                      </div>
                      <div>
                        <dt>{t('practice')}</dt>
                        <dd>
                          {q?.statement} ({answerLabel(item.answer, texts, tc('notAnswered'))})
                        </dd>
                      </div>
                      {horizon !== 'find-out' && (
                        <>
                          <div>
                            <dt>{t('outcome')}</dt>
                            <dd>{q?.outcome}</dd>
                          </div>
                          <div>
                            <dt>{t('kpi')}</dt>
                            <dd>{q?.kpi}</dd>
                          </div>
                        </>
                      )}
                    </dl>
                  </li>
                );
              })}
            </ol>
            )}
          </section>
        );
      })}
    </section>
  );
}
