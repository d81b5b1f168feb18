import { useTranslation } from 'react-i18next';
import { useAssessmentDownload } from '../components/use-data-download';
import { snapshotWork } from '../state/assessment-work';

/** Downloads the current answers, with the plan and milestones, as an assessment file, which the results page can import again. */
export function DownloadAnswersButton() {
  const { t } = useTranslation('app');
  const download = useAssessmentDownload();
  return (
    <button type="button" className="button button--small" onClick={() => download(snapshotWork())}>
      {t('storage.download')}
    </button>
  );
}
