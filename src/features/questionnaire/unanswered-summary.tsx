import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useStageLabel } from '../../components/use-stage-label';
import type { ContentTexts } from '../../engine/model-types';

interface UnansweredSummaryProps {
  unanswered: { order: number; questionIds: string[] }[];
  texts: ContentTexts;
}

/** Points out unanswered questions before results, with links, without blocking the way. */
export function UnansweredSummary({ unanswered, texts }: UnansweredSummaryProps) {
  const { t } = useTranslation('questionnaire');
  const stageLabel = useStageLabel(texts);
  const total = unanswered.reduce((n, s) => n + s.questionIds.length, 0);
  if (!total) return <p className="notice notice--ok">{t('allAnswered')}</p>;
  return (
    <section className="notice notice--warn" aria-labelledby="unanswered-title">
      <h2 id="unanswered-title">{t('unansweredTitle', { count: total })}</h2>
      <p>{t('unansweredBody')}</p>
      <ul>
        {unanswered.map(({ order, questionIds }) => (
          <li key={order}>
            <Link to={`/stage/${order}`}>{stageLabel.heading(order)}</Link> {t('unansweredCount', { count: questionIds.length })}
          </li>
        ))}
      </ul>
    </section>
  );
}
