// The store's shape, apart from the store and its slices so that each slice can name the whole state
// without importing the store that combines them.
import type { AnswerValue } from '../engine/answers';
import type { Profile } from '../engine/profile';
import type { Stamps } from '../engine/stamped-data';

export interface AnswersSlice {
  answers: Record<string, AnswerValue>;
  notes: Record<string, string>;
  /** Stores an answer; false (nothing stored) when the question does not take it ("doesn't apply" on a non-conditional one). */
  setAnswer: (questionId: string, value: AnswerValue) => boolean;
  clearAnswer: (questionId: string) => void;
  setNote: (questionId: string, note: string) => void;
}

export interface ProfileSlice {
  profile: Profile;
  setProfile: (profile: Profile) => void;
}

export interface SessionSlice {
  /** ISO time of the first answer or profile entry; null for a blank assessment. */
  startedAt: string | null;
  updatedAt: string | null;
  /** When each field last changed (see stamped-data.ts); kept up to date by the store itself. */
  stamps: Stamps;
  /** Clears answers, notes and profile. Callers confirm with the user first. */
  reset: () => void;
}

export type AssessmentState = AnswersSlice & ProfileSlice & SessionSlice;
