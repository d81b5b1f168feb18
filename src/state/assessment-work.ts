// The assessment with its plan and milestones, as one thing to export, replace and undo (see engine/assessment-work.ts).
import type { AssessmentWork } from '../engine/assessment-work';
import { mergeMilestoneLists } from '../engine/milestones';
import { planHasContent } from '../engine/saved-plan';
import { assessmentCodec } from '../engine/saved-assessment';
import { pickData } from '../engine/stamped-data';
import { emptyAssessment, hasSavedWork, snapshotAssessment, useAssessmentStore } from './assessment-store';
import { snapshotMilestones, useMilestoneStore } from './milestone-store';
import { snapshotPlan, usePlanStore } from './plan-store';

export type { AssessmentWork };

/** Everything this browser holds of the assessment: answers, notes, profile, the plan and the milestones. */
export function snapshotWork(): AssessmentWork {
  return { ...snapshotAssessment(), plan: snapshotPlan(), milestones: snapshotMilestones() };
}

/**
 * Puts `work` in place: the assessment, the plan (none given: an empty plan) and, when given, the milestones exactly
 * as listed. What comes from storage or a file is sanitized by each store.
 */
export function applyWork(work: AssessmentWork): void {
  useAssessmentStore.setState({ ...emptyAssessment(), ...pickData(assessmentCodec, { ...emptyAssessment(), ...work }) });
  usePlanStore.getState().replacePlan(work.plan);
  if (work.milestones) useMilestoneStore.getState().replaceMilestones(work.milestones);
}

/** Whether replacing would lose anything: answers, notes, profile or a plan (milestones are never replaced away, only added to). */
export const hasWork = (work: AssessmentWork): boolean => hasSavedWork(work) || (work.plan !== undefined && planHasContent(work.plan));

/** What importing `incoming` puts in place: its assessment and plan, and the milestones here with the file's added. */
export function workFromFile(incoming: AssessmentWork): AssessmentWork {
  const { milestones, ...rest } = incoming;
  return { ...rest, milestones: mergeMilestoneLists(snapshotMilestones(), milestones ?? []) };
}
