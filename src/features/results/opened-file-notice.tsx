import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { readOpenedFile } from '../../portability/opened-file';
import { listIds } from '../../portability/problem-messages';
import { restoreLatestBackup } from '../../state/backups';

/** After "Open an assessment file" on the landing page: what was opened, and the undo its confirmation promised. */
export function OpenedFileNotice() {
  const { t } = useTranslation('portability');
  const opened = readOpenedFile(useLocation().state);
  const [undone, setUndone] = useState(false);
  if (!opened) return null;
  return (
    <div role="status" aria-live="polite" className="portability__status">
      {undone ? (
        <p className="notice notice--ok">{t('file.undone')}</p>
      ) : (
        <div className="notice notice--ok">
          <p>{t('file.imported', { fileName: opened.fileName, count: opened.count })}</p>
          {opened.dropped.length > 0 && <p>{t('file.dropped', listIds(opened.dropped))}</p>}
          {opened.replaced && (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                // TODO(merge): h-undo moves the replace-with-backup-and-undo flow into one hook; switch this call to it.
                restoreLatestBackup();
                setUndone(true);
              }}
            >
              {t('file.undo')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
