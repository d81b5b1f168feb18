import type { StateCreator } from 'zustand';
import { acceptsAnswer } from '../engine/answers';
import { NOTE_MAX_LENGTH } from '../engine/limits';
import type { ModelStructure } from '../engine/model-types';
import type { AnswersSlice, AssessmentState } from './assessment-state';
import { stampEdit } from '../engine/clock';

/** The answers and notes, checked against `model`: "doesn't apply" is refused on a question it does not mark conditional. */
export function createAnswersSlice(model: Pick<ModelStructure, 'stages'>): StateCreator<AssessmentState, [], [], AnswersSlice> {
  const questions = new Map(model.stages.flatMap((stage) => stage.questions.map((question) => [question.id, question] as const)));
  return (set) => ({
    answers: {},
    notes: {},
    setAnswer: (questionId, value) => {
      // A refused answer leaves the state as it was (the UI offers "doesn't apply" on conditional questions alone).
      if (!acceptsAnswer(questions.get(questionId), value)) return false;
      set((s) => ({ answers: { ...s.answers, [questionId]: value }, ...stampEdit(s) }));
      return true;
    },
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
}
