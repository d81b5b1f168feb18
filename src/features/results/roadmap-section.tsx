import { useTranslation } from 'react-i18next';
import type { AssessmentResult } from '../../engine/assess';
import { HORIZONS } from '../../engine/build-roadmap';
import type { ContentTexts } from '../../engine/model-types';
import { model } from '../../model/structure';
import { answerLabel } from '../../components/answer-label';
import { useStageLabel } from '../../components/use-stage-label';

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
        if (!items.length) return null;
        return (
          <section key={horizon} className="horizon card" aria-labelledby={`horizon-${horizon}`}>
            <h3 id={`horizon-${horizon}`}>
              {tc(`horizon.${horizon}`)} <span className="count">({items.length})</span>
            </h3>
            <p className="hint">{t(`horizonHint.${horizon}`)}</p>
            <ol className="actions-list">
              {items.map((item) => {
                const q = texts.questions[item.questionId];
                const stage = model.stages.find((s) => s.id === item.stageId)!;
                return (
                  <li key={`${horizon}-${item.questionId}`} className="action-item">
                    <p className="action-item__action">{q?.action}</p>
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
                      <div>
                        <dt>{t('outcome')}</dt>
                        <dd>{q?.outcome}</dd>
                      </div>
                      <div>
                        <dt>{t('kpi')}</dt>
                        <dd>{q?.kpi}</dd>
                      </div>
                    </dl>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </section>
  );
}
