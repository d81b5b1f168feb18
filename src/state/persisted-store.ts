// One way to persist a zustand store with care, for every store: each change stamped field by field,
// saved through safe storage (merged with other tabs, damaged data kept aside, refused writes reported),
// and other tabs' changes taken in as they are saved. A store brings only its codec and its state.
import { create, type StateCreator } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { openLocalStorage } from '../browser/local-storage';
import { createSafeStorage, createStorageStatus, type StorageStatusStore } from './safe-storage';
import { mergeStamped, migrateStamped, pickData, type Stamped, type Stamps, stampChanges, type StoreCodec } from '../engine/stamped-data';

export interface PersistedStoreOptions {
  /** Where data is saved; null keeps it in memory only. Defaults to localStorage when it can be read. */
  storage?: Storage | null;
  status?: StorageStatusStore;
  now?: () => number;
  /**
   * 'now' (the default) saves inside each change. 'after-frame' saves once the next frame is painted, several changes
   * at once, and at once when the page is hidden or left: for a large store whose saving (tens of KB of JSON) would
   * otherwise hold up the screen's answer to a click. The state itself changes at once either way.
   */
  writes?: 'now' | 'after-frame';
}

type Setter<S> = (partial: S | Partial<S> | ((state: S) => S | Partial<S>), replace?: boolean) => void;

/**
 * A persisted store under `key`. `initializer` builds the state (data fields and actions) with zustand's usual
 * `set`/`get`; every change it or anyone else makes (setState included) is stamped, except an update that brings
 * its own `stamps` (a merge), which is taken as it is.
 */
export function createPersistedStore<T extends object, S extends Stamped<T>>(
  codec: StoreCodec<T>,
  key: string,
  initializer: (set: Setter<S>, get: () => S) => Omit<S, 'stamps'>,
  { storage = openLocalStorage(), status = createStorageStatus(), now = Date.now, writes = 'now' }: PersistedStoreOptions = {},
) {
  const safeStorage = createSafeStorage(codec, storage, status);
  const saving = writes === 'after-frame' ? writeAfterFrame(safeStorage) : { storage: safeStorage, flush: () => undefined };
  const toSaved = (s: S): Stamped<T> => ({ ...pickData(codec, s), stamps: s.stamps });

  const stamped: StateCreator<S, [['zustand/persist', unknown]], []> = (set, get, api) => {
    const stamp = (update: Partial<S>, state: S): Partial<S> =>
      'stamps' in update ? update : { ...update, stamps: stampChanges(codec, state, { ...state, ...update }, state.stamps, now()) };
    type RawSet = (partial: unknown, replace?: boolean) => void;
    const wrap =
      (inner: RawSet): RawSet =>
      (partial, replace) =>
        inner((state: S) => stamp(typeof partial === 'function' ? (partial as (s: S) => Partial<S>)(state) : (partial as Partial<S>), state), replace);
    api.setState = wrap(api.setState as RawSet) as typeof api.setState;
    return { ...initializer(wrap(set as RawSet) as Setter<S>, get), stamps: {} as Stamps } as S;
  };

  const store = create<S>()(
    persist(stamped, {
      name: key,
      version: codec.version,
      storage: saving.storage,
      partialize: toSaved,
      // Migration runs while reading (safe-storage.ts), where the raw text is at hand to be kept; this is its
      // entry point should persist ever meet another version.
      migrate: (state, version) => migrateStamped(codec, state, version).data as unknown as S,
      merge: (saved, current) => (saved ? { ...current, ...mergeStamped(codec, toSaved(current), saved as Stamped<T>) } : current),
    }),
  );
  // Data that had to be repaired or migrated is saved in its new shape at once (its original is kept aside).
  if (status.getState().recoveries.length) store.setState({});

  /** Takes in what another tab saved, then saves the merge (which that tab takes in turn, and stops there). */
  const syncFromStorage = () => {
    // This tab's own change still waiting is saved first (merged with theirs), so the read below sees both.
    saving.flush();
    const theirs = safeStorage.readChanged(key);
    if (!theirs) return;
    const merged: Record<string, unknown> = { ...mergeStamped(codec, toSaved(store.getState()), theirs) };
    // setState only overwrites the keys it is given: a field the merge left out (an optional one another tab
    // removed, such as the workshop's turn) must be cleared here too, or this tab keeps it and saves it back.
    for (const field of codec.fields) if (!(field in merged)) merged[field as string] = undefined;
    store.setState(merged as Partial<S>);
  };
  /** The saved data as it is now, stamps included (for files that bring it back, see mergeStamped). */
  const snapshot = () => toSaved(store.getState());
  return Object.assign(store, { status, syncFromStorage, snapshot, key, flush: saving.flush });
}

/**
 * A persist storage whose writes wait for the next painted frame (the latest value only), and happen at once when the
 * page is hidden or left, or on `flush`. Reads and removals are never delayed (a removal drops a write waiting).
 */
function writeAfterFrame<V>(storage: PersistStorage<V>): { storage: PersistStorage<V>; flush: () => void } {
  let waiting: { name: string; value: StorageValue<V> } | null = null;
  let scheduled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    scheduled = false;
    clearTimeout(timer);
    if (!waiting) return;
    const { name, value } = waiting;
    waiting = null;
    void storage.setItem(name, value);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // After the frame that shows the change: a task queued from the frame's callback runs once it is painted. A page
    // in the background paints no frame (another tab changed it, or a tab on the projector's second screen): a
    // timer saves it all the same.
    const painting = typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState !== 'hidden';
    if (painting) requestAnimationFrame(() => setTimeout(flush, 0));
    timer = setTimeout(flush, painting ? 100 : 0);
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }
  return {
    flush,
    storage: {
      getItem: (name) => storage.getItem(name),
      setItem: (name, value) => {
        waiting = { name, value };
        schedule();
      },
      removeItem: (name) => {
        waiting = null;
        return storage.removeItem(name);
      },
    },
  };
}

/** Takes in other tabs' changes to `store` as they are saved (the `storage` event fires in every other tab). */
export function syncAcrossTabs(store: { key: string; syncFromStorage: () => void }) {
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', (event) => {
    if (event.key === store.key || event.key === null) store.syncFromStorage();
  });
}
