import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { findResumeStage } from '../../engine/progress';
import { model, questionCount } from '../../model/structure';
import { hasSavedWork, useAssessmentStore } from '../../state/assessment-store';

/**
 * The landing's actions when this browser holds saved work: continue where it was left, or start over (confirmed,
 * with a backup); else `children` (the start link). A chunk of its own with the store: the landing loads it only
 * when there is saved work or storage news (use-saved-work.ts), so a first visit carries none of it.
 */
export function SavedWorkActions({ children }: { children: ReactNode }) {
  const { t } = useTranslation('landing');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const state = useAssessmentStore();
  const [confirming, setConfirming] = useState(false);
  if (!hasSavedWork(state)) return children;

  const resumeStage = findResumeStage(model, state.answers);
  const resumeTo = resumeStage === null ? '/results' : `/stage/${resumeStage}`;
  const startOver = async () => {
    // The backups' code loads on this click.
    const backupId = (await import('../../state/backups')).startOver();
    setConfirming(false);
    navigate('/profile', { state: { startedOver: true, backupId } });
  };

  return (
    <>
      <div className="actions">
        <Link className="button button--primary" to={resumeTo}>
          {t('continue')}
        </Link>
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t('startNew')}
        </button>
      </div>
      <p className="hint">{t('savedHint', { answered: Object.keys(state.answers).length, total: questionCount })}</p>
      <ConfirmDialog
        open={confirming}
        title={tc('startOver.title')}
        message={tc('startOver.message')}
        confirmLabel={tc('startOver.confirm')}
        onConfirm={() => void startOver()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
