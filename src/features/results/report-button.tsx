import { useTranslation } from 'react-i18next';
import { ReportDownloadButton } from '../../components/report-download-button';
import type { DownloadReportOptions } from '../../report/download-report';
import { useAssessmentStore } from '../../state/assessment-store';
import { useComparisonStore } from './comparison-store';
import { snapshotPlan } from '../../state/plan-store';

/** The report of this browser's assessment and its plan, with the progress since an earlier file or milestone when one is loaded for comparison. */
function assessmentReportOptions(lang: string): DownloadReportOptions {
  const { answers, notes, profile } = useAssessmentStore.getState();
  const { earlier } = useComparisonStore.getState();
  return {
    lang,
    answers,
    notes,
    profile,
    plan: snapshotPlan(),
    ...(earlier && { earlier: { answers: earlier.answers, date: earlier.date, fileName: earlier.name, source: earlier.source } }),
  };
}

/** "Download PDF report" on the results page; `unavailable` while there is nothing to assess yet, saying why. */
export function ReportButton({ unavailable = false }: { unavailable?: boolean }) {
  const { t } = useTranslation('results');
  return <ReportDownloadButton reportOptions={assessmentReportOptions} unavailableReason={unavailable ? t('notReady.reportUnavailable') : undefined} />;
}
