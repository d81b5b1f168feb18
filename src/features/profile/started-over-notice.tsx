import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { restoreLatestBackup } from '../../state/backups';

/** After "start over", offers to undo it: the previous assessment was backed up. */
export function StartedOverNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [visible, setVisible] = useState(Boolean((location.state as { startedOver?: boolean } | null)?.startedOver));
  if (!visible) return null;
  return (
    <div className="notice" role="status">
      <span>{t('startOver.done')}</span>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          restoreLatestBackup();
          setVisible(false);
          navigate('/');
        }}
      >
        {t('startOver.undo')}
      </button>
    </div>
  );
}
