import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useStageLabel } from '../../components/use-stage-label';
import type { AssessmentResult } from '../../engine/assess';
import { fillRulePlaceholders } from '../../engine/fill-rule-placeholders';
import { model } from '../../model/structure';

interface Props {
  result: AssessmentResult;
  unanswered: { order: number; questionIds: string[] }[];
}

/** How complete the answers are: "don't know" and unanswered questions, with links back. */
export function CoverageSummary({ result, unanswered }: Props) {
  const { t, i18n } = useTranslation('results');
  // The threshold comes from the model, written as the one number format writes percentages.
  const coverage = fillRulePlaceholders('{ratedCoverage}', model.scoring, i18n.language);
  const stageLabel = useStageLabel();
  return (
    <section className="card coverage" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('coverageTitle')}</h2>
      <p>{t('answered', { count: result.answeredCount, total: result.questionCount })}</p>
      <p>{t('dontKnow', { count: result.dontKnowCount })}</p>
      {result.notApplicableCount > 0 && <p>{t('notApplicable', { count: result.notApplicableCount })}</p>}
      {result.unansweredCount > 0 && (
        <>
          <p>{t('unanswered', { count: result.unansweredCount })}</p>
          <ul className="inline-list">
            {unanswered.map((s) => (
              <li key={s.order}>
                <Link to={`/stage/${s.order}`}>{stageLabel.short(s.order)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.stages.some((s) => s.status === 'not-rated') && <p className="hint">{t('notRatedHint', { coverage })}</p>}
    </section>
  );
}
