import type { StateCreator } from 'zustand';
import { EMPTY_PROFILE } from '../engine/profile';
import type { AssessmentState, ProfileSlice } from './assessment-state';

export const createProfileSlice: StateCreator<AssessmentState, [], [], ProfileSlice> = (set) => ({
  profile: EMPTY_PROFILE,
  setProfile: (profile) => set((s) => ({ profile, updatedAt: new Date().toISOString(), startedAt: s.startedAt ?? new Date().toISOString() })),
});
