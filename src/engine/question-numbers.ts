import type { ModelStructure } from './model-types';

/** Each question's number as people read it, "stage.question" ("4.2"), keyed by question id. */
export function numberQuestions(model: Pick<ModelStructure, 'stages'>): Map<string, string> {
  return new Map(model.stages.flatMap((stage) => stage.questions.map((question, i) => [question.id, `${stage.order}.${i + 1}`] as const)));
}
