import { useTranslation } from 'react-i18next';
import { ReportDownloadButton } from '../../components/report-download-button';
import type { DownloadReportOptions } from '../../report/download-report';
import { useWorkshopStore } from './workshop-store';

/** The workshop's PDF: how many took part, the points of disagreement with their agreed answers, and the group's result. */
export function WorkshopReportButton() {
  const { t } = useTranslation('workshop');
  // Read at click time: the agreements just recorded, never a stale render's.
  const reportOptions = (lang: string): DownloadReportOptions => {
    const { title, participants, agreements } = useWorkshopStore.getState();
    // Names never leave this page for the report (the projector hides them unless shown): answers and count only.
    const anonymous = participants.map((p) => ({ id: p.id, name: '', answers: p.answers }));
    return { lang, workshop: { title, participants: anonymous, agreements } };
  };
  return <ReportDownloadButton reportOptions={reportOptions} label={t('room.reportButton')} />;
}
