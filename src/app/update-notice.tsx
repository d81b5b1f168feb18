import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { storageStatus } from '../state/assessment-store';
import { DownloadAnswersButton } from './download-answers-button';

/** The notice itself; `onUpdate` switches to the new version (update-banner.tsx). */
export function UpdateNotice({ activeElsewhere, onUpdate }: { activeElsewhere: boolean; onUpdate: () => void }) {
  const { t } = useTranslation('app');
  // When answers are not being saved, a reload would lose them: say so, and offer them first.
  const unsaved = useStore(storageStatus, (s) => s.problem !== null);
  return (
    <div role="status" className="notice notice--info">
      <p>{t(unsaved ? 'update.unsaved' : activeElsewhere ? 'updateElsewhere' : 'update.available')}</p>
      {unsaved && <DownloadAnswersButton />}
      <button type="button" className="button button--small" onClick={onUpdate}>
        {t('update.reload')}
      </button>
    </div>
  );
}
