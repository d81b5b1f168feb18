import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnswerValue, DONT_KNOW, isLevel, type Level, NOT_APPLICABLE } from '../../src/engine/answers';
import { assess } from '../../src/engine/assess';
import { HORIZONS } from '../../src/engine/build-roadmap';
import { CONDITIONAL_IDS, MODEL_11, QUESTION_IDS } from './fixture';

// Any value on any question, "doesn't apply" included (the engine must cope with it where it is not offered too).
const anyValue = fc.constantFrom<AnswerValue>(0, 1, 2, 3, 4, DONT_KNOW, NOT_APPLICABLE);
const strongValue = fc.oneof(
  { weight: 6, arbitrary: fc.constant<AnswerValue>(4) },
  { weight: 3, arbitrary: fc.constant<AnswerValue>(3) },
  { weight: 2, arbitrary: anyValue },
);
const answersOf = (value: fc.Arbitrary<AnswerValue>, requiredKeys?: []) =>
  fc.record(Object.fromEntries(QUESTION_IDS.map((id) => [id, value])), requiredKeys ? { requiredKeys } : {}) as fc.Arbitrary<
    Record<string, AnswerValue>
  >;
const answersArb = fc.oneof(answersOf(anyValue, []), answersOf(strongValue, []), answersOf(strongValue));
const floor = MODEL_11.scoring.essentialFloor;

describe('model 1.1 rules (properties over any answers to the flagged fixture)', () => {
  it('never lowers a stage score or the placement when one level is raised', () => {
    const raise = fc
      .tuple(answersArb, fc.constantFrom(...QUESTION_IDS), fc.integer({ min: 0, max: 3 }))
      .chain(([answers, id, from]) => fc.tuple(fc.constant(answers), fc.constant(id), fc.constant(from), fc.integer({ min: from + 1, max: 4 })));
    fc.assert(
      fc.property(raise, ([answers, id, from, to]) => {
        const before = assess(MODEL_11, { ...answers, [id]: from as Level });
        const after = assess(MODEL_11, { ...answers, [id]: to as Level });
        before.stages.forEach((b, i) => {
          if (b.score !== null) expect(after.stages[i]!.score).toBeGreaterThanOrEqual(b.score);
        });
        expect(after.placement).toBeGreaterThanOrEqual(before.placement);
      }),
    );
  });

  it('gives the same result whatever order the answers were given in', () => {
    fc.assert(
      fc.property(answersArb.chain((answers) => fc.tuple(fc.constant(answers), fc.shuffledSubarray(Object.entries(answers), { minLength: Object.keys(answers).length }))), ([answers, order]) => {
        expect(assess(MODEL_11, Object.fromEntries(order))).toEqual(assess(MODEL_11, answers));
      }),
    );
  });

  it('"doesn\'t apply" never places higher than answering that question at 4 would', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...CONDITIONAL_IDS), (answers, id) => {
        const notApplicable = assess(MODEL_11, { ...answers, [id]: NOT_APPLICABLE });
        const atFour = assess(MODEL_11, { ...answers, [id]: 4 });
        expect(notApplicable.placement).toBeLessThanOrEqual(atFour.placement);
      }),
    );
  });

  it('achieves a stage only with every essential practice at the floor or above', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = assess(MODEL_11, answers);
        for (const stage of MODEL_11.stages) {
          if (result.stages[stage.order - 1]!.status !== 'achieved') continue;
          for (const q of stage.questions.filter((q) => q.essential)) {
            const answer = answers[q.id];
            expect(isLevel(answer) && answer >= floor).toBe(true);
          }
        }
      }),
    );
  });

  it('keeps counts whole: answered + don\'t know + doesn\'t apply + unanswered = questions, in every stage', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const s of assess(MODEL_11, answers).stages) {
          expect(s.answeredCount + s.dontKnowCount + s.notApplicableCount + s.unansweredCount).toBe(s.questionCount);
          expect(s.coverage).toBeGreaterThanOrEqual(0);
          expect(s.coverage).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('a provisional placement names what would settle it, and settling those answers at 4 reaches exactly its ceiling', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = assess(MODEL_11, answers);
        if (!result.provisional) return;
        expect(result.provisional.upTo).toBeGreaterThan(result.placement);
        expect(result.provisional.settle.length).toBeGreaterThan(0);
        for (const id of result.provisional.settle) expect(isLevel(answers[id])).toBe(false);
        const settled = { ...answers, ...Object.fromEntries(result.provisional.settle.map((id) => [id, 4 as const])) };
        expect(assess(MODEL_11, settled).placement).toBe(result.provisional.upTo);
      }),
    );
  });

  it('puts each "don\'t know" on the roadmap once at most, under Find out, never in Now', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { roadmap, blockingUnknowns, placement } = assess(MODEL_11, answers);
        const seen = HORIZONS.flatMap((h) => roadmap[h].map((i) => i.questionId));
        expect(new Set(seen).size).toBe(seen.length);
        for (const item of roadmap.now) expect(item.answer).not.toBe(DONT_KNOW);
        for (const horizon of HORIZONS.filter((h) => h !== 'find-out')) {
          for (const item of roadmap[horizon]) expect(item.answer).not.toBe(DONT_KNOW);
        }
        for (const item of blockingUnknowns) {
          expect(item.stageOrder).toBe(placement + 1);
          expect(roadmap['find-out'].map((i) => i.questionId)).toContain(item.questionId);
        }
      }),
    );
  });
});
