import { SpreadsheetDownloadButtons } from '../../components/spreadsheet-download-button';
import type { DownloadSpreadsheetOptions } from '../../export/download-spreadsheet';
import { useAssessmentStore } from '../../state/assessment-store';

/**
 * This browser's assessment as read at click time. The action plan (w-plan's store) joins here as `plan`, mapped onto
 * engine/build-spreadsheet's SpreadsheetPlan; the workbook then gets its plan sheet.
 */
function assessmentSpreadsheetOptions(): Omit<DownloadSpreadsheetOptions, 'format' | 'lang'> {
  const { answers, notes, profile } = useAssessmentStore.getState();
  return { answers, notes, organization: profile.organization };
}

/** The spreadsheet export on the results page. */
export function SpreadsheetButton() {
  return <SpreadsheetDownloadButtons spreadsheetOptions={assessmentSpreadsheetOptions} />;
}
