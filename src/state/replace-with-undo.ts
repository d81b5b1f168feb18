// Replacing saved data with undo, for any store: the state before is captured at replace time (in memory, and
// as an identified copy in storage when it fits), so undo brings back exactly that state, never "the newest
// backup", and a screen knows before replacing whether a copy could be kept.
import { openLocalStorage } from '../browser/local-storage';
import { RECOVERED_KEY_PREFIX } from './safe-storage';
import { nowIso } from '../engine/clock';

export type BackupStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface BackupEntry<T> {
  /** Identifies the copy taken for one replace (absent in copies written by earlier versions). */
  id?: string;
  savedAt: string;
  reason: string;
  data: T;
}

/** A backups key that could not be taken as it was: its raw text, kept aside under `copyKey` (null: storage refused). */
export interface DamagedBackups {
  key: string;
  raw: string;
  copyKey: string | null;
  /** The entries that were valid and are kept. */
  kept: number;
}

/** What can be replaced: a store seen through a snapshot and a replace, with its own list of copies. */
export interface ReplaceTarget<T> {
  backupKey: string;
  snapshot: () => T;
  replace: (data: T) => void;
  /** Whether an entry's data read back from storage is this store's data (anything else is set aside, not trusted). */
  isData: (value: unknown) => value is T;
  /** Where copies go; defaults to localStorage, null when the browser blocks it. */
  storage?: () => BackupStorage | null;
  /** Told when the backups key was damaged, so the app can say so and offer the raw text. */
  onDamaged?: (damage: DamagedBackups) => void;
  maxBackups?: number;
}

/** One replace, from the moment it is asked for: the state before, and whether a copy of it is in storage. */
export interface ReplaceHandle<T> {
  id: string;
  reason: string;
  before: T;
  /** False when storage refused the copy (full, blocked): undo then only works while this page is open. */
  kept: boolean;
}

const DEFAULT_MAX_BACKUPS = 5;

let counter = 0;
const newId = () => {
  counter = (counter + 1) % 1_000_000;
  return `b-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
};

// Damaged raw texts already reported in this page, and whether their copy is in storage: each is copied once.
const setAside = new Map<string, boolean>();

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isEntry<T>(target: ReplaceTarget<T>, value: unknown): value is BackupEntry<T> {
  return (
    isRecord(value) &&
    typeof value.savedAt === 'string' &&
    typeof value.reason === 'string' &&
    (value.id === undefined || typeof value.id === 'string') &&
    target.isData(value.data)
  );
}

const storageOf = <T>(target: ReplaceTarget<T>): BackupStorage | null => (target.storage ? target.storage() : openLocalStorage());

/**
 * The valid copies in the backups key, and whether the key may be written. A damaged key (not JSON, not a
 * list, or holding things that are not copies) is kept aside under a `peldano.recovered.*` key and reported
 * first; when that copy cannot be kept, the key is left alone (not writable).
 */
export function readBackups<T>(target: ReplaceTarget<T>, storage: BackupStorage | null = storageOf(target)): { entries: BackupEntry<T>[]; writable: boolean } {
  if (!storage) return { entries: [], writable: false };
  let raw: string | null;
  try {
    raw = storage.getItem(target.backupKey);
  } catch {
    return { entries: [], writable: false };
  }
  if (raw === null) return { entries: [], writable: true };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const list = Array.isArray(parsed) ? parsed : [];
  const entries = list.filter((entry): entry is BackupEntry<T> => isEntry(target, entry));
  const damaged = !Array.isArray(parsed) || entries.length !== list.length;
  if (!damaged || setAside.get(raw)) return { entries, writable: true };

  let copyKey: string | null = `${RECOVERED_KEY_PREFIX}${nowIso()}.${target.backupKey}`;
  try {
    storage.setItem(copyKey, raw);
  } catch {
    copyKey = null;
  }
  // Reported once; a copy that did not fit is tried again at the next write.
  if (!setAside.has(raw)) target.onDamaged?.({ key: target.backupKey, raw, copyKey, kept: entries.length });
  setAside.set(raw, copyKey !== null);
  return { entries, writable: copyKey !== null };
}

/** Writes `entry` first in the list of copies; false when storage refused (or the damaged key could not be kept aside). */
function writeEntry<T>(target: ReplaceTarget<T>, entry: BackupEntry<T>, storage: BackupStorage | null): boolean {
  const { entries, writable } = readBackups(target, storage);
  if (!storage || !writable) return false;
  const others = entries.filter((e) => e.id === undefined || e.id !== entry.id);
  try {
    storage.setItem(target.backupKey, JSON.stringify([entry, ...others].slice(0, target.maxBackups ?? DEFAULT_MAX_BACKUPS)));
    return true;
  } catch {
    return false;
  }
}

/**
 * Captures the current state before a replace is confirmed, and tries to keep a copy of it in storage, so the
 * screen can say beforehand whether one could be kept. `keepCopy: false` when there is nothing worth keeping.
 */
export function prepareReplace<T>(target: ReplaceTarget<T>, reason: string, { keepCopy = true } = {}): ReplaceHandle<T> {
  const before = target.snapshot();
  const id = newId();
  const kept = keepCopy && writeEntry(target, { id, savedAt: nowIso(), reason, data: before }, storageOf(target));
  return { id, reason, before, kept };
}

/** The replace was not confirmed: its copy is taken out of the list again (best effort). */
export function cancelReplace<T>(target: ReplaceTarget<T>, handle: ReplaceHandle<T>): void {
  if (!handle.kept) return;
  const storage = storageOf(target);
  const { entries, writable } = readBackups(target, storage);
  if (!storage || !writable) return;
  try {
    storage.setItem(target.backupKey, JSON.stringify(entries.filter((e) => e.id !== handle.id)));
  } catch {
    // An extra copy is harmless.
  }
}

/** Replaces the state; returns the handle undo needs, its `before` refreshed if the state changed while the user was asked. */
export function commitReplace<T>(target: ReplaceTarget<T>, handle: ReplaceHandle<T>, next: T): ReplaceHandle<T> {
  const now = target.snapshot();
  let committed = handle;
  if (JSON.stringify(now) !== JSON.stringify(handle.before)) {
    const kept = writeEntry(target, { id: handle.id, savedAt: nowIso(), reason: handle.reason, data: now }, storageOf(target));
    committed = { ...handle, before: now, kept };
  }
  target.replace(next);
  committedReplaces.set(committed.id, committed);
  return committed;
}

// Replaces whose undo is offered by another screen than the one that made them (the landing opens a file, the
// results page offers its undo): their handles by id, for the visit. A handful at most, so never pruned.
const committedReplaces = new Map<string, ReplaceHandle<unknown>>();

/**
 * Undoes the replace `id` wherever it was made: exactly its `before` from memory during the visit, else its
 * kept copy after a reload. False when neither is there (say so); never another copy in its place.
 */
export function undoReplaceById<T>(target: ReplaceTarget<T>, id: string | undefined): boolean {
  if (id === undefined) return false;
  const handle = committedReplaces.get(id) as ReplaceHandle<T> | undefined;
  committedReplaces.delete(id);
  return handle ? undoReplace(target, handle) : restoreKeptCopy(target, id);
}

/** Prepares and commits at once, for a replace that needs no confirmation. */
export function replaceNow<T>(target: ReplaceTarget<T>, next: T, reason: string, options?: { keepCopy?: boolean }): ReplaceHandle<T> {
  return commitReplace(target, prepareReplace(target, reason, options), next);
}

/**
 * Puts back exactly the state from before `handle`'s replace (from memory: it works with storage full).
 * The state it replaces is kept as a copy in turn when storage allows. False when there is nothing to put back.
 */
export function undoReplace<T>(target: ReplaceTarget<T>, handle: ReplaceHandle<T> | null | undefined): boolean {
  if (!handle) return false;
  writeEntry(target, { id: newId(), savedAt: nowIso(), reason: 'undo', data: target.snapshot() }, storageOf(target));
  try {
    target.replace(handle.before);
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts back the copy kept for the replace `id` (after a reload, when memory no longer has it). False when that
 * copy is not in storage: never another copy in its place.
 */
export function restoreKeptCopy<T>(target: ReplaceTarget<T>, id: string): boolean {
  const entry = readBackups(target).entries.find((e) => e.id === id);
  if (!entry) return false;
  target.replace(entry.data);
  return true;
}
