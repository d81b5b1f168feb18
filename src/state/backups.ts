import { emptyAssessment, type PersistedAssessment, useAssessmentStore } from './assessment-store';
import { openLocalStorage } from './safe-storage';

export const BACKUPS_KEY = 'peldano.backups';
const MAX_BACKUPS = 5;

export interface Backup {
  savedAt: string;
  reason: 'start-over' | 'import' | 'adopt-shared' | 'restore';
  data: PersistedAssessment;
}

type BackupStorage = Pick<Storage, 'getItem' | 'setItem'>;

// When the browser blocks storage (private modes, policies), backups live in this page's memory: an import or a
// start-over can still be undone during the visit, and nothing throws.
const pageMemory = new Map<string, string>();
const inMemory: BackupStorage = { getItem: (key) => pageMemory.get(key) ?? null, setItem: (key, value) => void pageMemory.set(key, value) };
const defaultStorage = (): BackupStorage => openLocalStorage() ?? inMemory;

function readBackups(storage: BackupStorage): Backup[] {
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
export function backUpAssessment(reason: Backup['reason'], storage: BackupStorage = defaultStorage()): boolean {
  const backup: Backup = { savedAt: new Date().toISOString(), reason, data: snapshotAssessment() };
  try {
    storage.setItem(BACKUPS_KEY, JSON.stringify([backup, ...readBackups(storage)].slice(0, MAX_BACKUPS)));
    return true;
  } catch {
    return false;
  }
}

/** Replaces the current assessment, after backing it up. */
export function replaceAssessment(next: PersistedAssessment, reason: Backup['reason']): void {
  backUpAssessment(reason);
  useAssessmentStore.setState({ ...emptyAssessment(), ...next });
}

/** Puts back the latest backup (the undo of a replace), keeping the current one as a backup in turn. */
export function restoreLatestBackup(storage: BackupStorage = defaultStorage()): boolean {
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
