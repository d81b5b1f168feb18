// The store's window on localStorage: never throws, never overwrites what it could not read, and says what happened.
import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { acceptsWrites, openLocalStorage } from '../browser/local-storage';
import { mergeStamped, type ReadNotice, readStored, serializeStored, type Stamped, type StoreCodec } from '../engine/stamped-data';
import { nowIso } from '../engine/clock';

/** Why answers are not being saved right now. */
export type StorageProblem = 'unavailable' | 'full' | 'newer-elsewhere';

/** Saved data that could not be taken as it was: kept untouched (in memory, and under `copyKey` when storage allowed). */
export interface Recovery {
  notice: ReadNotice;
  raw: string;
  /** What could be used, counted by the store's codec (answers; participants for the workshop). */
  answers: number;
  copyKey: string | null;
  /** Kinds of text that were longer than this version allows and were shortened (see stamped-data.ts). */
  shortened?: string[];
}

export interface StorageStatus {
  problem: StorageProblem | null;
  recoveries: Recovery[];
}

export const RECOVERED_KEY_PREFIX = 'peldano.recovered.';

export const createStorageStatus = () => createStore<StorageStatus>()(() => ({ problem: null, recoveries: [] }));
export type StorageStatusStore = ReturnType<typeof createStorageStatus>;

/**
 * For small stores persisted with zustand's JSON storage: localStorage when readable (else this page's memory),
 * with writes that never throw: a full storage keeps the state in memory for this visit instead of breaking the
 * action that changed it.
 */
export function openQuietStorage(): StateStorage {
  const storage = openLocalStorage() ?? new Map<string, string>();
  if (storage instanceof Map) {
    return { getItem: (name) => storage.get(name) ?? null, setItem: (name, value) => void storage.set(name, value), removeItem: (name) => void storage.delete(name) };
  }
  const quietly = (write: () => void) => {
    try {
      write();
    } catch {
      // Full or revoked: nothing to do but keep working in memory.
    }
  };
  return {
    getItem: (name) => storage.getItem(name),
    setItem: (name, value) => quietly(() => storage.setItem(name, value)),
    removeItem: (name) => quietly(() => storage.removeItem(name)),
  };
}

export interface SafeStorage<T> extends PersistStorage<Stamped<T>> {
  /** After another tab changed the saved copy: its data to merge in, or null (nothing usable; any reason is reported). */
  readChanged: (name: string) => Stamped<T> | null;
  status: StorageStatusStore;
}

/**
 * A zustand PersistStorage for one store's codec over `storage` (null: keep everything in memory). Reading
 * migrates and repairs, keeping the raw text of anything it could not take as it was. Writing merges with
 * the saved copy first, so a change another tab saved a moment ago is never overwritten, and stops rather
 * than overwrite data from a newer version, or data it could not keep a copy of.
 */
export function createSafeStorage<T>(codec: StoreCodec<T>, storage: Storage | null, status: StorageStatusStore = createStorageStatus()): SafeStorage<T> {
  let writable = storage !== null;
  const setProblem = (problem: StorageProblem | null) => {
    if (status.getState().problem !== problem) status.setState({ problem });
  };
  const stopWriting = (problem: StorageProblem) => {
    writable = false;
    setProblem(problem);
  };
  if (!storage) setProblem('unavailable');
  // A storage that refuses writes is said at once, not after the first change is lost (e.g. after a reload).
  else if (!acceptsWrites(storage)) setProblem('full');

  const readRaw = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  /** The saved text when it is exactly this tab's own state as last written (see setItem). */
  let ownCopy: string | null = null;
  /** True for the very text this tab already reported and kept, so it is not kept twice. */
  const alreadyKept = (raw: string | null) => raw !== null && status.getState().recoveries.some((r) => r.raw === raw);

  /** Keeps the raw text under a key of its own and reports it; false when storage refused (the original must then stay). */
  const keepCopy = (raw: string, notice: ReadNotice, data: T | null, shortened: string[]): boolean => {
    let copyKey: string | null = `${RECOVERED_KEY_PREFIX}${nowIso()}`;
    try {
      if (!storage) throw new Error('no storage');
      // Two stores recovering in the same millisecond must not share a key.
      while (storage.getItem(copyKey) !== null) copyKey += '+';
      storage.setItem(copyKey, raw);
    } catch {
      copyKey = null;
    }
    const recovery: Recovery = { notice, raw, answers: codec.count(data), copyKey };
    if (shortened.length) recovery.shortened = shortened;
    status.setState((s) => ({ recoveries: [...s.recoveries, recovery] }));
    return copyKey !== null;
  };

  return {
    status,
    getItem(name): StorageValue<Stamped<T>> | null {
      const raw = readRaw(name);
      const { data, notice, shortened } = readStored(codec, raw);
      if (raw !== null && notice && !alreadyKept(raw) && !keepCopy(raw, notice, data, shortened)) stopWriting(storage ? 'full' : 'unavailable');
      return data ? { state: data, version: codec.version } : null;
    },
    setItem(name, value) {
      if (!storage || !writable) return;
      const raw = readRaw(name);
      const ours = serializeStored(codec, value.state);
      let next = ours;
      // The saved copy is still exactly what this tab wrote from its own state: the state holds all of it (stamps only
      // grow), so the merge would change nothing and reading it back is skipped (a large workshop takes tens of ms).
      if (raw === null || raw !== ownCopy) {
        const saved = readStored(codec, raw);
        if (raw !== null && !alreadyKept(raw)) {
          // A newer version saved since this tab started (another tab updated): leave its data alone.
          if (saved.notice === 'newer') return stopWriting('newer-elsewhere');
          // Anything this write would repair or shorten is kept aside first.
          if ((saved.notice === 'corrupt' || saved.notice === 'shortened') && !keepCopy(raw, saved.notice, saved.data, saved.shortened)) return stopWriting('full');
        }
        if (saved.data) next = serializeStored(codec, mergeStamped(codec, value.state, saved.data));
      }
      // Only a copy with nothing from elsewhere is known to be held by this tab's state.
      ownCopy = next === ours ? next : null;
      if (next === raw) return;
      try {
        storage.setItem(name, next);
        if (status.getState().problem === 'full') setProblem(null);
      } catch {
        setProblem('full');
      }
    },
    removeItem(name) {
      try {
        storage?.removeItem(name);
      } catch {
        // Removing is only ever a clean-up.
      }
    },
    readChanged(name) {
      const raw = readRaw(name);
      const saved = readStored(codec, raw);
      if (saved.notice === 'newer' && !alreadyKept(raw)) {
        stopWriting('newer-elsewhere');
        return null;
      }
      // Damaged data is kept and repaired by this tab's next write.
      return saved.notice === 'corrupt' || saved.notice === 'shortened' ? null : saved.data;
    },
  };
}
