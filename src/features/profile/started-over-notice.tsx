import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { undoAssessmentReplace } from '../../state/backups';

/** After "start over", offers to undo it: the previous assessment was backed up. */
export function StartedOverNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const state = location.state as { startedOver?: boolean; backupId?: string } | null;
  const [visible, setVisible] = useState(Boolean(state?.startedOver));
  const [cannotUndo, setCannotUndo] = useState(false);
  if (cannotUndo) {
    return (
      <p role="alert" className="notice notice--error">
        {t('replace.cannotUndo')}
      </p>
    );
  }
  if (!visible) return null;
  return (
    <div className="notice" role="status">
      <span>{t('startOver.done')}</span>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          // Exactly the assessment this start-over cleared, or a plain "cannot", never another copy.
          if (!undoAssessmentReplace(state?.backupId)) return setCannotUndo(true);
          setVisible(false);
          navigate('/');
        }}
      >
        {t('startOver.undo')}
      </button>
    </div>
  );
}
