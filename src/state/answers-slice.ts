import type { StateCreator } from 'zustand';
import { NOTE_MAX_LENGTH } from '../engine/limits';
import type { AnswersSlice, AssessmentState } from './assessment-state';
import { stampEdit } from '../engine/clock';

export const createAnswersSlice: StateCreator<AssessmentState, [], [], AnswersSlice> = (set) => ({
  answers: {},
  notes: {},
  setAnswer: (questionId, value) =>
    set((s) => ({ answers: { ...s.answers, [questionId]: value }, ...stampEdit(s) })),
  clearAnswer: (questionId) =>
    set((s) => {
      const { [questionId]: _removed, ...answers } = s.answers;
      return { answers, ...stampEdit(s) };
    }),
  setNote: (questionId, note) =>
    set((s) => {
      const text = note.slice(0, NOTE_MAX_LENGTH);
      const { [questionId]: _removed, ...rest } = s.notes;
      return { notes: text.trim() ? { ...rest, [questionId]: text } : rest, ...stampEdit(s) };
    }),
});
