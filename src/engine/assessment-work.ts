import type { ActionPlan } from './action-plan';
import type { PersistedAssessment } from './assessment-data';
import type { Milestone } from './milestones';

/**
 * An assessment with what was built on it: its action plan and the milestones kept along the way. What a file
 * carries and what an import, a start-over or an undo replaces. A missing `plan` is an empty plan; missing
 * `milestones` leave the milestones as they are (history belongs to the browser, not to one assessment).
 */
export interface AssessmentWork extends PersistedAssessment {
  plan?: ActionPlan;
  milestones?: Milestone[];
}
