import type { StateCreator } from 'zustand';
import { EMPTY_PROFILE } from '../engine/profile';
import type { AssessmentState, ProfileSlice } from './assessment-state';
import { stampEdit } from '../engine/clock';

export const createProfileSlice: StateCreator<AssessmentState, [], [], ProfileSlice> = (set) => ({
  profile: EMPTY_PROFILE,
  setProfile: (profile) => set((s) => ({ profile, ...stampEdit(s) })),
});
