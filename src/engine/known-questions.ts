import type { ModelStructure } from './model-types';

type Stages = Pick<ModelStructure, 'stages'>;

/** The ids of the model's questions. */
export function knownQuestionIds(model: Stages): Set<string> {
  return new Set(model.stages.flatMap((stage) => stage.questions.map((question) => question.id)));
}

/**
 * Splits a record keyed by question id into the entries the model knows (in the record's order, undefined values
 * left out) and the ids it does not know. Files, links and stores from another model version go through this.
 */
export function splitByKnownQuestions<V>(model: Stages, record: Readonly<Record<string, V | undefined>>): { known: Record<string, V>; unknown: string[] } {
  const ids = knownQuestionIds(model);
  const known: Record<string, V> = {};
  const unknown: string[] = [];
  for (const [id, value] of Object.entries(record)) {
    if (!ids.has(id)) unknown.push(id);
    else if (value !== undefined) known[id] = value;
  }
  return { known, unknown };
}
