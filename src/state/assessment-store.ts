import type { ModelStructure } from '../engine/model-types';
import { EMPTY_PROFILE } from '../engine/profile';
import { model as bundledModel } from '../model/structure';
import { createAnswersSlice } from './answers-slice';
import type { AssessmentState } from './assessment-state';
import { createPersistedStore, type PersistedStoreOptions, syncAcrossTabs } from './persisted-store';
import { createProfileSlice } from './profile-slice';
import { watchStorageStatus } from './watched-statuses';
import { assessmentCodec, SAVED_VERSION } from '../engine/saved-assessment';
import { pickData } from '../engine/stamped-data';

import type { PersistedAssessment } from '../engine/assessment-data';

export type { PersistedAssessment };

export const STORAGE_KEY = 'peldano.assessment';
export const STORAGE_VERSION = SAVED_VERSION;

export const emptyAssessment = (): PersistedAssessment => ({
  answers: {},
  notes: {},
  profile: EMPTY_PROFILE,
  startedAt: null,
  updatedAt: null,
});

export interface AssessmentStoreOptions extends PersistedStoreOptions {
  /** The model answers are checked against (which questions take "doesn't apply"); the bundled one by default. */
  model?: Pick<ModelStructure, 'stages'>;
}

/** The one assessment store: slices combined, every change stamped, persisted once through safe storage. */
export function createAssessmentStore({ model = bundledModel, ...options }: AssessmentStoreOptions = {}) {
  return createPersistedStore<PersistedAssessment, AssessmentState>(
    assessmentCodec,
    STORAGE_KEY,
    (set, get) => {
      // The slices are zustand StateCreators; they only use `set`.
      const a = [set, get, undefined as never] as unknown as Parameters<typeof createProfileSlice>;
      return {
        ...createAnswersSlice(model)(...a),
        ...createProfileSlice(...a),
        startedAt: null,
        updatedAt: null,
        reset: () => set(emptyAssessment()),
      };
    },
    options,
  );
}

export const useAssessmentStore = createAssessmentStore();
/** Whether answers are being saved, and what was recovered at start; for the app's banners. */
export const storageStatus = useAssessmentStore.status;
watchStorageStatus(storageStatus);

/** The current assessment as it would be saved (here, not in backups.ts: the shell's download button needs only this). */
export function snapshotAssessment(): PersistedAssessment {
  // The codec's field list is the one list of what is saved.
  return pickData(assessmentCodec, useAssessmentStore.getState());
}

// The same assessment open in another tab: merge its changes as they are saved.
syncAcrossTabs(useAssessmentStore);

export function hasSavedWork(s: PersistedAssessment): boolean {
  return Object.keys(s.answers).length > 0 || Object.values(s.notes).some(Boolean) || Object.values(s.profile).some(Boolean);
}
