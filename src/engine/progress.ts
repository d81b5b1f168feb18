import type { Answers } from './answers';
import type { ModelStructure, StageStructure } from './model-types';

/** Questions of a stage that have any answer, "don't know" and "doesn't apply" included. */
export function countAnswered(stage: StageStructure, answers: Answers): number {
  return stage.questions.filter((q) => answers[q.id] !== undefined).length;
}

/** Stages that still have questions with no answer at all, with those question ids. */
export function findUnanswered(model: ModelStructure, answers: Answers): { order: number; questionIds: string[] }[] {
  return model.stages
    .map((s) => ({ order: s.order, questionIds: s.questions.filter((q) => answers[q.id] === undefined).map((q) => q.id) }))
    .filter((s) => s.questionIds.length > 0);
}

/** Where to pick up: the first stage with an unanswered question, or null when everything is answered. */
export function findResumeStage(model: ModelStructure, answers: Answers): number | null {
  return findUnanswered(model, answers)[0]?.order ?? null;
}
