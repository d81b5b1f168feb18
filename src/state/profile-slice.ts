import type { StateCreator } from 'zustand';
import type { AssessmentState } from './assessment-store';
import { EMPTY_PROFILE, type Profile } from './profile';

export interface ProfileSlice {
  profile: Profile;
  setProfile: (profile: Profile) => void;
}

export const createProfileSlice: StateCreator<AssessmentState, [], [], ProfileSlice> = (set) => ({
  profile: EMPTY_PROFILE,
  setProfile: (profile) => set((s) => ({ profile, updatedAt: new Date().toISOString(), startedAt: s.startedAt ?? new Date().toISOString() })),
});
