import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ContentTexts } from '../../engine/model-types';
import type { ProvisionalPlacement } from '../../engine/provisional-placement';
import { model } from '../../model/structure';
import { useStageLabel } from '../../components/use-stage-label';

interface Props {
  provisional: ProvisionalPlacement;
  texts: ContentTexts;
}

/**
 * Why the placement is provisional, and what would settle it, stage by stage: the "don't know" answers by name,
 * the unanswered questions as a count with a link back (a stage nobody has answered would otherwise list them all).
 */
export function ProvisionalNotice({ provisional, texts }: Props) {
  const { t } = useTranslation('results');
  const stageLabel = useStageLabel(texts);
  const settle = new Set(provisional.settle);
  const dontKnow = new Set(provisional.dontKnow);
  const byStage = model.stages
    .map((stage) => {
      const questions = stage.questions.filter((q) => settle.has(q.id));
      const unknown = questions.filter((q) => dontKnow.has(q.id));
      return { order: stage.order, unknown, unansweredCount: questions.length - unknown.length };
    })
    .filter((s) => s.unknown.length + s.unansweredCount > 0);
  return (
    <div className="notice notice--info provisional" role="note" aria-labelledby="provisional-title">
      <h3 id="provisional-title">{t('provisionalTitle')}</h3>
      <p>{t('provisionalBody', { count: provisional.settle.length, name: stageLabel.heading(provisional.upTo) })}</p>
      <ul className="provisional__stages">
        {byStage.map((stage) => (
          <li key={stage.order}>
            <Link to={`/stage/${stage.order}`}>{stageLabel.heading(stage.order)}</Link>
            {stage.unknown.length > 0 && (
              <ul>
                {stage.unknown.map((q) => (
                  <li key={q.id}>
                    {texts.questions[q.id]?.statement}{' '}
                    <span className="provisional__answer">({q.essential ? t('provisionalEssentialUnknown') : texts.scale.dontKnow})</span>
                  </li>
                ))}
              </ul>
            )}
            {stage.unansweredCount > 0 && <p className="hint">{t('provisionalUnanswered', { count: stage.unansweredCount })}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
