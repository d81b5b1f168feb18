import { emptyAssessment, type PersistedAssessment, useAssessmentStore } from './assessment-store';

export const BACKUPS_KEY = 'peldano.backups';
const MAX_BACKUPS = 5;

export interface Backup {
  savedAt: string;
  reason: 'start-over' | 'import' | 'adopt-shared' | 'restore';
  data: PersistedAssessment;
}

function readBackups(storage: Storage): Backup[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(BACKUPS_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Backup[]) : [];
  } catch {
    return [];
  }
}

/** The current assessment as it would be saved. */
export function snapshotAssessment(): PersistedAssessment {
  const { answers, notes, profile, startedAt, updatedAt } = useAssessmentStore.getState();
  return { answers, notes, profile, startedAt, updatedAt };
}

/** Keeps a copy of the current assessment before it is replaced; returns false when storage refused. */
export function backUpAssessment(reason: Backup['reason'], storage: Storage = localStorage): boolean {
  const backup: Backup = { savedAt: new Date().toISOString(), reason, data: snapshotAssessment() };
  try {
    storage.setItem(BACKUPS_KEY, JSON.stringify([backup, ...readBackups(storage)].slice(0, MAX_BACKUPS)));
    return true;
  } catch {
    return false;
  }
}

export function listBackups(storage: Storage = localStorage): Backup[] {
  return readBackups(storage);
}

/** Replaces the current assessment, after backing it up. */
export function replaceAssessment(next: PersistedAssessment, reason: Backup['reason']): void {
  backUpAssessment(reason);
  useAssessmentStore.setState({ ...emptyAssessment(), ...next });
}

/** Puts back the latest backup (the undo of a replace), keeping the current one as a backup in turn. */
export function restoreLatestBackup(storage: Storage = localStorage): boolean {
  const [latest, ...rest] = readBackups(storage);
  if (!latest) return false;
  const current: Backup = { savedAt: new Date().toISOString(), reason: 'restore', data: snapshotAssessment() };
  try {
    storage.setItem(BACKUPS_KEY, JSON.stringify([current, ...rest].slice(0, MAX_BACKUPS)));
  } catch {
    // The restore still happens; only the extra copy is lost.
  }
  useAssessmentStore.setState({ ...emptyAssessment(), ...latest.data });
  return true;
}
