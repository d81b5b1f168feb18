import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AssessmentResult } from '../../engine/assess';
import type { ContentTexts } from '../../engine/model-types';
import { model } from '../../model/structure';
import { answerLabel } from '../../components/answer-label';
import { useStageLabel } from '../../components/use-stage-label';

interface Props {
  result: AssessmentResult;
  texts: ContentTexts;
}

/** The blocking items: why the company is not on the next rung. */
export function WhyNotNext({ result, texts }: Props) {
  const { t } = useTranslation('results');
  const { t: tc } = useTranslation();
  const stageLabel = useStageLabel(texts);
  const next = model.stages[result.placement];
  if (!next) return null;
  const nextName = stageLabel.heading(next.order);
  const nextResult = result.stages[next.order - 1];
  const floor = model.scoring.essentialFloor;
  const unknowns = result.blockingUnknowns;
  return (
    <section className="card" aria-labelledby="blocking-title">
      <h2 id="blocking-title">{t('blockingTitle', { name: nextName })}</h2>
      {nextResult && nextResult.essentialsBelowFloor.length > 0 && (
        <p className="essential-note">{t('essentialsBelowFloor', { count: nextResult.essentialsBelowFloor.length, level: floor })}</p>
      )}
      {result.blockingItems.length === 0 ? (
        unknowns.length === 0 && <p>{t('blockingNone')}</p>
      ) : (
        <>
          <p>{t('blockingIntro', { count: result.blockingItems.length, level: model.scoring.gapBelow })}</p>
          <ul className="blocking-list">
            {result.blockingItems.map((item) => (
              <li key={item.questionId}>
                <span className="blocking-list__statement">
                  {item.essential && <span className="tag tag--essential">{tc('essential')}</span>}{' '}
                  {texts.questions[item.questionId]?.statement}
                </span>
                <span className="blocking-list__answer">
                  {t('yourAnswer')}: {answerLabel(item.answer, texts, tc('notAnswered'))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {unknowns.length > 0 && (
        <>
          <p>{t('blockingUnknowns', { count: unknowns.length })}</p>
          <ul className="blocking-list">
            {unknowns.map((item) => (
              <li key={item.questionId}>
                <span className="blocking-list__statement">
                  {item.essential && <span className="tag tag--essential">{tc('essential')}</span>}{' '}
                  {texts.questions[item.questionId]?.statement}
                </span>
                <span className="blocking-list__answer">
                  {t('yourAnswer')}: {texts.scale.dontKnow}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.blockingItems.length + unknowns.length > 0 && (
        <p>
          <Link to={`/stage/${next.order}`}>{t('reviewStage', { name: nextName })}</Link>
        </p>
      )}
    </section>
  );
}
