import type { StateCreator } from 'zustand';
import type { AnswerValue } from '../engine/answers';
import type { AssessmentState } from './assessment-store';

export const NOTE_MAX_LENGTH = 10_000;

export interface AnswersSlice {
  answers: Record<string, AnswerValue>;
  notes: Record<string, string>;
  setAnswer: (questionId: string, value: AnswerValue) => void;
  clearAnswer: (questionId: string) => void;
  setNote: (questionId: string, note: string) => void;
}

export const createAnswersSlice: StateCreator<AssessmentState, [], [], AnswersSlice> = (set) => ({
  answers: {},
  notes: {},
  setAnswer: (questionId, value) =>
    set((s) => ({ answers: { ...s.answers, [questionId]: value }, updatedAt: new Date().toISOString(), startedAt: s.startedAt ?? new Date().toISOString() })),
  clearAnswer: (questionId) =>
    set((s) => {
      const { [questionId]: _removed, ...answers } = s.answers;
      return { answers, updatedAt: new Date().toISOString() };
    }),
  setNote: (questionId, note) =>
    set((s) => {
      const text = note.slice(0, NOTE_MAX_LENGTH);
      const { [questionId]: _removed, ...rest } = s.notes;
      return { notes: text.trim() ? { ...rest, [questionId]: text } : rest, updatedAt: new Date().toISOString() };
    }),
});
