import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { type AnswersSlice, createAnswersSlice } from './answers-slice';
import { createProfileSlice, type ProfileSlice } from './profile-slice';
import { EMPTY_PROFILE } from './profile';

export interface SessionSlice {
  /** ISO time of the first answer or profile entry; null for a blank assessment. */
  startedAt: string | null;
  updatedAt: string | null;
  /** Clears answers, notes and profile. Callers confirm with the user first. */
  reset: () => void;
}

export type AssessmentState = AnswersSlice & ProfileSlice & SessionSlice;

/** What is persisted: what the user entered, never derived scores. */
export type PersistedAssessment = Pick<AssessmentState, 'answers' | 'notes' | 'profile' | 'startedAt' | 'updatedAt'>;

export const STORAGE_KEY = 'peldano.assessment';
export const STORAGE_VERSION = 1;

export const emptyAssessment = (): PersistedAssessment => ({
  answers: {},
  notes: {},
  profile: EMPTY_PROFILE,
  startedAt: null,
  updatedAt: null,
});

export const useAssessmentStore = create<AssessmentState>()(
  persist(
    (...a) => ({
      ...createAnswersSlice(...a),
      ...createProfileSlice(...a),
      startedAt: null,
      updatedAt: null,
      reset: () => a[0](emptyAssessment()),
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (s): PersistedAssessment => ({
        answers: s.answers,
        notes: s.notes,
        profile: s.profile,
        startedAt: s.startedAt,
        updatedAt: s.updatedAt,
      }),
      // Version 1 is the first persisted shape; later versions add their steps here.
      migrate: (persisted) => persisted as PersistedAssessment,
    },
  ),
);

export function hasSavedWork(s: PersistedAssessment): boolean {
  return Object.keys(s.answers).length > 0 || Object.values(s.notes).some(Boolean) || Object.values(s.profile).some(Boolean);
}
