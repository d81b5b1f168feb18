// The assessment as something that can be replaced with undo (see replace-with-undo.ts): imports, adopting a
// shared link and starting over all go through here.
import { emptyAssessment, type PersistedAssessment, snapshotAssessment, storageStatus } from './assessment-store';
import { applyWork, type AssessmentWork, snapshotWork } from './assessment-work';
import { type DamagedBackups, type ReplaceTarget, replaceNow, undoReplaceById } from './replace-with-undo';

export const BACKUPS_KEY = 'peldano.backups';

export type BackupReason = 'start-over' | 'import' | 'adopt-shared';

export { snapshotAssessment };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAnswer = (value: unknown) => value === 'dont-know' || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4);
const isDate = (value: unknown) => value === null || typeof value === 'string';

/** Whether a copy read back from storage has the shape of a saved assessment (what it holds is checked again when used). */
export function isPersistedAssessment(value: unknown): value is PersistedAssessment {
  return (
    isRecord(value) &&
    isRecord(value.answers) &&
    Object.values(value.answers).every(isAnswer) &&
    isRecord(value.notes) &&
    Object.values(value.notes).every((note) => typeof note === 'string') &&
    isRecord(value.profile) &&
    Object.values(value.profile).every((field) => typeof field === 'string') &&
    isDate(value.startedAt) &&
    isDate(value.updatedAt)
  );
}

/** Answers in the copies that were kept: what the recovery notice counts. */
function answersInCopies(raw: string): number {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return 0;
    return parsed
      .filter((e): e is { data: PersistedAssessment } => isRecord(e) && isPersistedAssessment(e.data))
      .reduce((n, e) => n + Object.keys(e.data.answers).length, 0);
  } catch {
    return 0;
  }
}

/** A damaged backups key is reported like any saved data the app could not take as it was. */
const reportDamaged = ({ raw, copyKey }: DamagedBackups) =>
  storageStatus.setState((s) => ({ recoveries: [...s.recoveries, { notice: 'corrupt', raw, answers: answersInCopies(raw), copyKey }] }));

/**
 * The saved assessment with its plan and milestones (see assessment-work.ts), for replace-with-undo: an undo puts
 * all of it back. `storage` is for tests; the app uses localStorage.
 */
export function assessmentTarget(storage?: () => Pick<Storage, 'getItem' | 'setItem'> | null): ReplaceTarget<AssessmentWork> {
  return {
    backupKey: BACKUPS_KEY,
    snapshot: snapshotWork,
    replace: applyWork,
    isData: isPersistedAssessment,
    storage,
    onDamaged: reportDamaged,
  };
}

/** Clears the assessment, keeping what it held; returns the id that `undoAssessmentReplace` takes (on another screen). */
export function startOver(): string {
  return replaceNow(assessmentTarget(), emptyAssessment(), 'start-over').id;
}

/**
 * Puts back exactly the assessment that the replace `id` (a start-over, a file opened on the landing page)
 * replaced: from memory during the visit, else from its copy in storage. False when neither is there (say so).
 */
export function undoAssessmentReplace(id: string | undefined): boolean {
  return undoReplaceById(assessmentTarget(), id);
}
