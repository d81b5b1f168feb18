import { SpreadsheetDownloadButtons } from '../../components/spreadsheet-download-button';
import type { DownloadSpreadsheetOptions } from '../../export/download-spreadsheet';
import { spreadsheetPlanFrom } from '../../engine/build-spreadsheet';
import { useAssessmentStore } from '../../state/assessment-store';
import { snapshotPlan } from '../../state/plan-store';

/** This browser's assessment and its action plan as read at click time; a plan with actions gets its own sheet. */
function assessmentSpreadsheetOptions(): Omit<DownloadSpreadsheetOptions, 'format' | 'lang'> {
  const { answers, notes, profile } = useAssessmentStore.getState();
  const plan = snapshotPlan();
  const hasPlan = Object.keys(plan.actions).length > 0 || plan.targetRung !== null;
  return { answers, notes, organization: profile.organization, ...(hasPlan && { plan: spreadsheetPlanFrom(plan) }) };
}

/** The spreadsheet export on the results page. */
export function SpreadsheetButton() {
  return <SpreadsheetDownloadButtons spreadsheetOptions={assessmentSpreadsheetOptions} />;
}
