import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { readOpenedFile } from '../../portability/opened-file';
import { listIds } from '../../portability/problem-messages';
import { undoAssessmentReplace } from '../../state/backups';

/** After "Open an assessment file" on the landing page: what was opened, and the undo its confirmation promised. */
export function OpenedFileNotice() {
  const { t } = useTranslation('portability');
  const opened = readOpenedFile(useLocation().state);
  const { t: tc } = useTranslation();
  const [undone, setUndone] = useState<'no' | 'yes' | 'cannot'>('no');
  if (!opened) return null;
  return (
    <>
      {undone === 'cannot' && (
        <p role="alert" className="notice notice--error">
          {tc('replace.cannotUndo')}
        </p>
      )}
      <div role="status" aria-live="polite" className="portability__status">
        {undone === 'yes' ? (
          <p className="notice notice--ok">{t('file.undone')}</p>
        ) : (
          <div className="notice notice--ok">
            <p>{t('file.imported', { fileName: opened.fileName, count: opened.count })}</p>
            {opened.dropped.length > 0 && <p>{t('file.dropped', listIds(opened.dropped))}</p>}
            {opened.replaced && undone === 'no' && (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  setUndone(undoAssessmentReplace(opened.undoId) ? 'yes' : 'cannot');
                }}
              >
                {t('file.undo')}
              </button>
            )}
          </div>
        )}
      </div>
    </>
  );
}
