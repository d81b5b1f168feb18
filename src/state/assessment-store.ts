import { create, type StateCreator, type StoreMutatorIdentifier } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PersistedAssessment } from '../engine/assessment-data';
import { EMPTY_PROFILE } from '../engine/profile';
import { createAnswersSlice } from './answers-slice';
import type { AssessmentState } from './assessment-state';
import { createProfileSlice } from './profile-slice';
import { createSafeStorage, createStorageStatus, openLocalStorage, type StorageStatusStore } from './safe-storage';
import { mergeSaved, migrateSaved, SAVED_VERSION, type SavedAssessment, type Stamps, stampChanges } from './saved-assessment';

export type { PersistedAssessment } from '../engine/assessment-data';

export const STORAGE_KEY = 'peldano.assessment';
export const STORAGE_VERSION = SAVED_VERSION;

export const emptyAssessment = (): PersistedAssessment => ({
  answers: {},
  notes: {},
  profile: EMPTY_PROFILE,
  startedAt: null,
  updatedAt: null,
});

const toSaved = (s: PersistedAssessment & { stamps: Stamps }): SavedAssessment => ({
  answers: s.answers,
  notes: s.notes,
  profile: s.profile,
  startedAt: s.startedAt,
  updatedAt: s.updatedAt,
  stamps: s.stamps,
});

/**
 * Stamps every change of what the user entered, however it is made (slices, reset, an import's setState),
 * so copies in two tabs can be merged field by field. An update that brings its own `stamps` is a merge and
 * is taken as it is.
 */
const stampEveryChange =
  <Mps extends [StoreMutatorIdentifier, unknown][]>(
    config: StateCreator<AssessmentState, Mps, []>,
    now: () => number,
  ): StateCreator<AssessmentState, Mps, []> =>
  (set, get, api) => {
    const stamped = (update: Partial<AssessmentState>, state: AssessmentState): Partial<AssessmentState> =>
      'stamps' in update ? update : { ...update, stamps: stampChanges(state, { ...state, ...update }, state.stamps, now()) };
    type Set = (partial: unknown, replace?: boolean) => void;
    const wrap =
      (inner: Set): Set =>
      (partial, replace) =>
        inner((state: AssessmentState) => {
          const update = typeof partial === 'function' ? (partial as (s: AssessmentState) => Partial<AssessmentState>)(state) : (partial as Partial<AssessmentState>);
          return stamped(update, state);
        }, replace);
    api.setState = wrap(api.setState as Set) as typeof api.setState;
    return config(wrap(set as Set) as typeof set, get, api);
  };

export interface AssessmentStoreOptions {
  /** Where answers are saved; null keeps them in memory only. Defaults to localStorage when it can be read. */
  storage?: Storage | null;
  status?: StorageStatusStore;
  now?: () => number;
}

/** The one assessment store: slices combined, every change stamped, persisted once through safe storage. */
export function createAssessmentStore({ storage = openLocalStorage(), status = createStorageStatus(), now = Date.now }: AssessmentStoreOptions = {}) {
  const safeStorage = createSafeStorage(storage, status);
  const store = create<AssessmentState>()(
    persist(
      stampEveryChange(
        (...a) => ({
          ...createAnswersSlice(...a),
          ...createProfileSlice(...a),
          startedAt: null,
          updatedAt: null,
          stamps: {},
          reset: () => a[0](emptyAssessment()),
        }),
        now,
      ),
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage: safeStorage,
        partialize: toSaved,
        // Migration runs while reading (safe-storage.ts), where the raw text is at hand to be kept; this is its
        // entry point should persist ever meet another version.
        migrate: (state, version) => migrateSaved(state, version).data,
        merge: (saved, current) => (saved ? { ...current, ...mergeSaved(toSaved(current), saved as SavedAssessment) } : current),
      },
    ),
  );
  // Data that had to be repaired or migrated is saved in its new shape at once (its original is kept aside).
  if (status.getState().recoveries.length) store.setState({});

  /** Takes in what another tab saved, then saves the merge (which that tab takes in turn, and stops there). */
  const syncFromStorage = () => {
    const theirs = safeStorage.readChanged(STORAGE_KEY);
    if (!theirs) return;
    store.setState(mergeSaved(toSaved(store.getState()), theirs));
  };
  return Object.assign(store, { status, syncFromStorage });
}

export const useAssessmentStore = createAssessmentStore();
/** Whether answers are being saved, and what was recovered at start; for the app's banners. */
export const storageStatus = useAssessmentStore.status;

// The same assessment open in another tab: merge its changes as they are saved.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) useAssessmentStore.syncFromStorage();
  });
}

export function hasSavedWork(s: PersistedAssessment): boolean {
  return Object.keys(s.answers).length > 0 || Object.values(s.notes).some(Boolean) || Object.values(s.profile).some(Boolean);
}
