import { useTranslation } from 'react-i18next';
import { useAssessmentDownload } from '../components/use-data-download';
import { snapshotAssessment } from '../state/assessment-store';

/** Downloads the current answers as an assessment file, which the results page can import again. */
export function DownloadAnswersButton() {
  const { t } = useTranslation('app');
  const download = useAssessmentDownload();
  return (
    <button type="button" className="button button--small" onClick={() => download(snapshotAssessment())}>
      {t('storage.download')}
    </button>
  );
}
