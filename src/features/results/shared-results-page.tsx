import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { usePageTitle } from '../../components/use-page-title';
import type { AnswerValue } from '../../engine/answers';
import { assess } from '../../engine/assess';
import { checkResultReadiness } from '../../engine/result-readiness';
import { useContentTexts } from '../../model/content-texts';
import { model } from '../../model/structure';
import { listIds } from '../../portability/problem-messages';
import { type DecodeLinkResult, decodeShareLink } from '../../portability/decode-share-link';
import { emptyAssessment, hasSavedWork } from '../../state/assessment-store';
import { replaceAssessment, restoreLatestBackup, snapshotAssessment } from '../../state/backups';
import { NotReadyNotice } from './not-ready-notice';
import { PlacementSummary } from './placement-summary';
import { RoadmapSection } from './roadmap-section';
import { StageScores } from './stage-scores';
import './portability.css';

type Decoded = { payload: string; result: DecodeLinkResult };

/** Results carried by a share link, read-only, with a way to make them this browser's assessment. */
export function SharedResultsPage() {
  const { t } = useTranslation('portability');
  const { t: tc } = useTranslation();
  const { payload = '' } = useParams();
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
          <p>{t(`shared.problem.${result.problem.code}`)}</p>
        </div>
        <p>{t('shared.problemHelp')}</p>
        <p>
          <Link to="/">{tc('notFound.home')}</Link>
        </p>
      </div>
    );
  }
  return <SharedResults answers={result.answers} dropped={result.dropped} modelVersion={result.modelVersion} />;
}

interface SharedResultsProps {
  answers: Record<string, AnswerValue>;
  dropped: string[];
  modelVersion: string;
}

function SharedResults({ answers, dropped, modelVersion }: SharedResultsProps) {
  const { t } = useTranslation('portability');
  const { t: tr } = useTranslation('results');
  const texts = useContentTexts();
  const result = useMemo(() => assess(model, answers), [answers]);
  const readiness = checkResultReadiness(result);
  const [confirming, setConfirming] = useState(false);
  const [adopted, setAdopted] = useState<'no' | 'yes' | 'undone'>('no');

  const adopt = () => {
    const now = new Date().toISOString();
    replaceAssessment({ ...emptyAssessment(), answers, startedAt: now, updatedAt: now }, 'adopt-shared');
    setConfirming(false);
    setAdopted('yes');
  };
  const requestAdopt = () => (hasSavedWork(snapshotAssessment()) ? setConfirming(true) : adopt());

  return (
    <div className="page results shared-results">
      <header className="results__header">
        <p className="eyebrow">{t('shared.eyebrow')}</p>
        <h1>{t('shared.title')}</h1>
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
                onClick={() => {
                  restoreLatestBackup();
                  setAdopted('undone');
                }}
              >
                {t('shared.undo')}
              </button>
            </div>
          </div>
        )}
        {adopted === 'undone' && <p className="notice notice--ok">{t('shared.undone')}</p>}
      </div>
      {readiness.kind === 'ready' ? (
        <>
          <PlacementSummary result={result} texts={texts} />
          <StageScores result={result} texts={texts} />
          <RoadmapSection result={result} texts={texts} />
        </>
      ) : (
        <NotReadyNotice readiness={readiness} shared />
      )}
      <ConfirmDialog
        open={confirming}
        title={t('shared.confirmTitle')}
        message={t('shared.confirmMessage')}
        confirmLabel={t('shared.confirm')}
        onConfirm={adopt}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
