// The action plan's and milestones' values and text limits. No imports, so the build-time JSON Schema plugin can
// read them under Node (as limits.ts).

export const PLAN_STATUSES = ['todo', 'in-progress', 'done', 'dropped'] as const;
export const PLAN_EFFORTS = ['small', 'medium', 'large'] as const;
/**
 * What an action is for: improving a practice, or finding out where it stands (a "don't know" answer). With the
 * question id it names an action for good, whichever horizon the roadmap puts it in today.
 */
export const ACTION_KINDS = ['improve', 'find-out'] as const;

/** The longest owner name and note an action keeps. */
export const OWNER_MAX_LENGTH = 80;
export const PLAN_NOTE_MAX_LENGTH = 2_000;

/** How many milestones are kept: plenty for years of quarterly check-ins, and a bounded size in storage and files. */
export const MAX_MILESTONES = 60;
export const MILESTONE_LABEL_MAX_LENGTH = 80;
