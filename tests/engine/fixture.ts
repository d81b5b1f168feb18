import type { AnswerValue } from '../../src/engine/answers';
import type { ModelStructure, ScoringRules } from '../../src/engine/model-types';

/** The rules of content/model.yaml: rated at 2/3 coverage, achieved at 75 %, gaps below 3. */
export const RULES: ScoringRules = {
  ratedCoverage: { numerator: 2, denominator: 3 },
  achievedScore: 75,
  gapBelow: 3,
  essentialFloor: 2,
  weight: { min: 1, max: 3 },
};

/**
 * Ten stages `s1`..`s10`; question `sK-x` has the weight listed here. Content order is the
 * order of this table (s1-a is first, s10-c is last).
 *
 *   s1: a1 b2 c3        (total 6)     s6:  a1 b2          (total 3)
 *   s2: a2 b2 c1 d3     (total 8)     s7:  a3 b2 c1       (total 6)
 *   s3: a3 b1 c1        (total 5)     s8:  a2 b3 c1 d1    (total 7)
 *   s4: a1 b3 c2        (total 6)     s9:  a1 b2 c2       (total 5)
 *   s5: a2 b1 c3        (total 6)     s10: a3 b3 c1       (total 7)
 */
const WEIGHTS: Record<string, number[]> = {
  s1: [1, 2, 3],
  s2: [2, 2, 1, 3],
  s3: [3, 1, 1],
  s4: [1, 3, 2],
  s5: [2, 1, 3],
  s6: [1, 2],
  s7: [3, 2, 1],
  s8: [2, 3, 1, 1],
  s9: [1, 2, 2],
  s10: [3, 3, 1],
};

function buildModel(): ModelStructure {
  let index = 0;
  return {
    id: 'test-model',
    version: '1.0.0',
    languages: ['es', 'en'],
    scoring: RULES,
    stages: Object.entries(WEIGHTS).map(([stageId, weights], i) => ({
      id: stageId,
      order: i + 1,
      capabilities: ['core'],
      questions: weights.map((weight, q) => ({
        id: `${stageId}-${'abcd'[q]}`,
        stageId,
        capability: 'core',
        weight,
        essential: false,
        conditional: false,
        index: index++,
      })),
    })),
  };
}

export const MODEL: ModelStructure = buildModel();

export const QUESTION_IDS: string[] = MODEL.stages.flatMap((s) => s.questions.map((q) => q.id));

/** Every question of the given stages (all stages when none given) answered with one value. */
export function answerAll(value: AnswerValue, stageIds: string[] = MODEL.stages.map((s) => s.id)): Record<string, AnswerValue> {
  return Object.fromEntries(
    MODEL.stages.filter((s) => stageIds.includes(s.id)).flatMap((s) => s.questions.map((q) => [q.id, value] as const)),
  );
}

export function stage(id: string) {
  const found = MODEL.stages.find((s) => s.id === id);
  if (!found) throw new Error(`no stage ${id} in the fixture`);
  return found;
}

/**
 * The fixture with model 1.1's flags: essential practices s1-c, s2-a, s2-d, s3-a, s4-b, s5-c, s6-b, s7-a, s8-b, s9-b,
 * s10-a (the heaviest of each stage, or the first of two), and conditional questions s2-c, s8-d, s9-c ("doesn't apply"
 * is offered on those alone).
 */
export const ESSENTIAL_IDS = ['s1-c', 's2-a', 's2-d', 's3-a', 's4-b', 's5-c', 's6-b', 's7-a', 's8-b', 's9-b', 's10-a'];
export const CONDITIONAL_IDS = ['s2-c', 's8-d', 's9-c'];
export const MODEL_11: ModelStructure = {
  ...MODEL,
  version: '1.1.0',
  stages: MODEL.stages.map((s) => ({
    ...s,
    questions: s.questions.map((q) => ({ ...q, essential: ESSENTIAL_IDS.includes(q.id), conditional: CONDITIONAL_IDS.includes(q.id) })),
  })),
};
