import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ReportDownloadButton } from '../../components/report-download-button';
import { useAssessmentDownload } from '../../components/use-data-download';
import { usePageTitle } from '../../components/use-page-title';
import { useReplaceWithUndo } from '../../components/use-replace-with-undo';
import type { AnswerValue } from '../../engine/answers';
import { assess } from '../../engine/assess';
import { EMPTY_PROFILE } from '../../engine/profile';
import { checkResultReadiness } from '../../engine/result-readiness';
import { useContentTexts } from '../../model/content-texts';
import { model } from '../../model/structure';
import { listIds } from '../../portability/problem-messages';
import { describeLinkProblem } from '../../portability/link-problem-messages';
import { type DecodeLinkResult, decodeShareLink } from '../../portability/decode-share-link';
import { emptyAssessment, type PersistedAssessment } from '../../state/assessment-store';
import { hasWork } from '../../state/assessment-work';
import { assessmentTarget } from '../../state/backups';
import { NotReadyNotice } from './not-ready-notice';
import { PlacementSummary } from './placement-summary';
import { RoadmapSection } from './roadmap-section';
import { StageScores } from './stage-scores';
import './portability.css';
import { nowIso } from '../../engine/clock';
import './results.css';

type Decoded = { payload: string; result: DecodeLinkResult };

const target = assessmentTarget();

/** Results carried by a share link, read-only, with a way to make them this browser's assessment. */
export function SharedResultsPage() {
  const { t } = useTranslation('portability');
  const { t: tc } = useTranslation();
  // The route takes everything after `/shared/` (a `/` inside or nothing at all is a damaged link, not another page).
  const { '*': payload = '' } = useParams();
  const [decoded, setDecoded] = useState<Decoded | null>(null);
  useEffect(() => {
    let live = true;
    void decodeShareLink(payload, model).then((result) => {
      if (live) setDecoded({ payload, result });
    });
    return () => {
      live = false;
    };
  }, [payload]);
  const result = decoded?.payload === payload ? decoded.result : null;
  usePageTitle(result?.ok === false ? t('shared.problemTitle') : t('shared.title'));

  if (!result) {
    return (
      <div className="page">
        <p role="status" className="page-loading">
          {t('shared.loading')}
        </p>
      </div>
    );
  }
  if (!result.ok) {
    return (
      <div className="page narrow">
        <h1>{t('shared.problemTitle')}</h1>
        <div role="alert" className="notice notice--error">
          <p>
            {(() => {
              const message = describeLinkProblem(result.problem);
              // The key comes from describeLinkProblem's fixed list, all in the portability namespace.
              return t(message.key as 'shared.problem.invalid', message.values);
            })()}
          </p>
        </div>
        <p>{t('shared.problemHelp')}</p>
        <p>
          <Link to="/">{tc('notFound.home')}</Link>
        </p>
      </div>
    );
  }
  return <SharedResults answers={result.answers} dropped={result.dropped} modelVersion={result.modelVersion} label={result.label} />;
}

interface SharedResultsProps {
  answers: Record<string, AnswerValue>;
  dropped: string[];
  modelVersion: string;
  /** The label the link carries (an organisation's name), shown as typed: text only. */
  label?: string;
}

function SharedResults({ answers, dropped, modelVersion, label }: SharedResultsProps) {
  const { t } = useTranslation('portability');
  const { t: tr } = useTranslation('results');
  const { t: tc } = useTranslation();
  const texts = useContentTexts();
  const result = useMemo(() => assess(model, answers), [answers]);
  const readiness = checkResultReadiness(result);
  const [adopted, setAdopted] = useState<'no' | 'yes' | 'undone' | 'cannot-undo'>('no');
  const downloadAssessment = useAssessmentDownload();
  const replacing = useReplaceWithUndo<PersistedAssessment>(target, {
    reason: 'adopt-shared',
    hasData: hasWork,
    download: downloadAssessment,
    texts: { title: t('shared.confirmTitle'), message: t('shared.confirmMessage'), confirmLabel: t('shared.confirm'), downloadLabel: t('replace.downloadAssessment') },
  });

  const requestAdopt = () => {
    const now = nowIso();
    replacing.request({ ...emptyAssessment(), answers, startedAt: now, updatedAt: now }, () => setAdopted('yes'));
  };

  return (
    <div className="page results shared-results">
      <header className="results__header">
        <p className="eyebrow">{t('shared.eyebrow')}</p>
        <h1>{t('shared.title')}</h1>
        {label && <p className="shared-results__label">{t('shared.label', { label })}</p>}
      </header>
      <div className="notice notice--info shared-results__banner">
        <p>{t('shared.intro')}</p>
        <p>
          {tr('answered', { count: result.answeredCount, total: result.questionCount })}{' '}
          {tr('dontKnow', { count: result.dontKnowCount })}
        </p>
        {dropped.length > 0 && <p>{t('shared.dropped', { version: modelVersion, ...listIds(dropped) })}</p>}
        {adopted !== 'yes' && (
          <button type="button" className="button button--primary" onClick={requestAdopt}>
            {t('shared.adopt')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {adopted === 'yes' && (
          <div className="notice notice--ok">
            <p>{t('shared.adopted')}</p>
            <div className="actions">
              <Link className="button button--primary" to="/results">
                {t('shared.goToResults')}
              </Link>
              <button
                type="button"
                className="button button--small"
                onClick={() => setAdopted(replacing.undo() ? 'undone' : 'cannot-undo')}
              >
                {t('shared.undo')}
              </button>
            </div>
          </div>
        )}
        {adopted === 'undone' && <p className="notice notice--ok">{t('shared.undone')}</p>}
      </div>
      {adopted === 'cannot-undo' && (
        <p role="alert" className="notice notice--error">
          {tc('replace.cannotUndo')}
        </p>
      )}
      {readiness.kind === 'ready' && (
        // The PDF of what the link carries, straight from here: nothing is saved, this browser's assessment is untouched.
        <section className="card results-actions" aria-label={tr('actionsLabel')}>
          <ReportDownloadButton reportOptions={(lang) => ({ lang, answers, notes: {}, profile: EMPTY_PROFILE })} />
        </section>
      )}
      {readiness.kind === 'ready' ? (
        <>
          <PlacementSummary result={result} texts={texts} />
          <StageScores result={result} texts={texts} />
          <RoadmapSection result={result} texts={texts} />
        </>
      ) : (
        <NotReadyNotice readiness={readiness} shared />
      )}
      {replacing.dialog}
    </div>
  );
}
