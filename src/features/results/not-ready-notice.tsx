import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fillRulePlaceholders } from '../../engine/fill-rule-placeholders';
import type { ResultReadiness } from '../../engine/result-readiness';
import { model } from '../../model/structure';

interface Props {
  readiness: Exclude<ResultReadiness, { kind: 'ready' }>;
  /** Shared results: the reader cannot answer someone else's link, so no "where to start". */
  shared?: boolean;
}

/** "Nothing to assess yet": why (no answer, only "don't know", no stage rated) and where to start. */
export function NotReadyNotice({ readiness, shared = false }: Props) {
  const { t, i18n } = useTranslation('results');
  const coverage = fillRulePlaceholders('{ratedCoverage}', model.scoring, i18n.language);
  const reason =
    readiness.kind === 'empty'
      ? t('notReady.empty')
      : readiness.kind === 'only-dont-know'
        ? t('notReady.onlyDontKnow', { count: readiness.dontKnowCount })
        : t('notReady.notRated', { count: readiness.answeredCount, coverage });
  const firstStage = readiness.kind === 'empty' ? 1 : readiness.firstStage;
  return (
    <section className="card notice notice--info not-ready" aria-labelledby="not-ready-title">
      <h2 id="not-ready-title">{t('notReady.title')}</h2>
      <p>{shared ? t('notReady.shared') : reason}</p>
      {!shared && (
        <>
          {readiness.kind !== 'empty' && <p>{t('notReady.where', { n: firstStage })}</p>}
          <div className="actions">
            <Link className="button button--primary" to={`/stage/${firstStage}`}>
              {t('notReady.stageLink', { n: firstStage })}
            </Link>
            {readiness.kind === 'empty' && (
              <Link className="button button--secondary" to="/profile">
                {t('notReady.profileLink')}
              </Link>
            )}
          </div>
        </>
      )}
    </section>
  );
}
