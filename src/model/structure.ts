import structure from 'virtual:peldano/structure';
import type { StageStructure } from '../engine/model-types';

/** The model the app scores with; validated at build time, so never re-validated here. */
export const model = structure;

export function findStageByOrder(order: number): StageStructure | undefined {
  return model.stages.find((s) => s.order === order);
}

export const questionCount = model.stages.reduce((n, s) => n + s.questions.length, 0);
