import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnswerValue, DONT_KNOW, isLevel, type Level } from '../../src/engine/answers';
import { assess } from '../../src/engine/assess';
import { HORIZONS } from '../../src/engine/build-roadmap';
import { MODEL, QUESTION_IDS } from './fixture';

const anyValue = fc.constantFrom<AnswerValue>(0, 1, 2, 3, 4, DONT_KNOW);
/** Mostly 3s and 4s, so that stages get achieved and placements climb the ladder. */
const strongValue = fc.oneof(
  { weight: 6, arbitrary: fc.constant<AnswerValue>(4) },
  { weight: 3, arbitrary: fc.constant<AnswerValue>(3) },
  { weight: 2, arbitrary: anyValue },
);
const answersOf = (value: fc.Arbitrary<AnswerValue>, requiredKeys?: []) =>
  fc.record(Object.fromEntries(QUESTION_IDS.map((id) => [id, value])), requiredKeys ? { requiredKeys } : {}) as fc.Arbitrary<
    Record<string, AnswerValue>
  >;
/** Any subset of the fixture's questions answered with any value (a missing key is unanswered). */
const answersArb = fc.oneof(answersOf(anyValue, []), answersOf(strongValue, []), answersOf(strongValue));

describe('assess (properties over any answers to the fixture)', () => {
  it('keeps every stage score within 0-100 or null, coverage within 0-1 and the index within 0-100 or null', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = assess(MODEL, answers);
        for (const s of result.stages) {
          if (s.score !== null) expect(s.score).toBeGreaterThanOrEqual(0);
          if (s.score !== null) expect(s.score).toBeLessThanOrEqual(100);
          expect(s.score === null).toBe(s.answeredCount === 0);
          expect(s.coverage).toBeGreaterThanOrEqual(0);
          expect(s.coverage).toBeLessThanOrEqual(1);
          expect(s.answeredCount + s.dontKnowCount + s.unansweredCount).toBe(s.questionCount);
        }
        if (result.overallIndex !== null) {
          expect(result.overallIndex).toBeGreaterThanOrEqual(0);
          expect(result.overallIndex).toBeLessThanOrEqual(100);
        }
        expect(result.overallIndex === null).toBe(result.stages.every((s) => s.status === 'not-rated'));
        expect(result.placement).toBeGreaterThanOrEqual(0);
        expect(result.placement).toBeLessThanOrEqual(10);
      }),
    );
  });

  it('never lowers a stage score, the placement or the index when one level is raised to a higher level', () => {
    const raise = answersArb.chain((answers) =>
      fc.record({
        answers: fc.constant(answers),
        questionId: fc.constantFrom(...QUESTION_IDS),
        from: fc.integer({ min: 0, max: 3 }),
      }).chain(({ answers, questionId, from }) =>
        fc.record({
          answers: fc.constant(answers),
          questionId: fc.constant(questionId),
          from: fc.constant(from as Level),
          to: fc.integer({ min: from + 1, max: 4 }).map((n) => n as Level),
        }),
      ),
    );
    fc.assert(
      fc.property(raise, ({ answers, questionId, from, to }) => {
        const before = assess(MODEL, { ...answers, [questionId]: from });
        const after = assess(MODEL, { ...answers, [questionId]: to });
        before.stages.forEach((b, i) => {
          const a = after.stages[i]!;
          expect(a.coverage).toBe(b.coverage);
          if (b.score !== null) expect(a.score).toBeGreaterThanOrEqual(b.score);
        });
        expect(after.placement).toBeGreaterThanOrEqual(before.placement);
        if (before.overallIndex !== null) expect(after.overallIndex).toBeGreaterThanOrEqual(before.overallIndex);
      }),
    );
  });

  it('(why the property above starts from a level) turning "dont-know" into a low level can lower a score', () => {
    // s1 weights a1 b2 c3 at 4: 100; a at 0 instead of "dont-know": (0 + 8 + 12) / 24 = 83.3
    const dontKnow = assess(MODEL, { 's1-a': DONT_KNOW, 's1-b': 4, 's1-c': 4 });
    const zero = assess(MODEL, { 's1-a': 0, 's1-b': 4, 's1-c': 4 });
    expect(dontKnow.stages[0]!.score).toBe(100);
    expect(zero.stages[0]!.score).toBeCloseTo(83.33, 2);
  });

  it('gives the same result whatever order the answers were given in', () => {
    const shuffled = answersArb.chain((answers) => {
      const entries = Object.entries(answers);
      return fc.record({
        answers: fc.constant(answers),
        order: fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }),
      });
    });
    fc.assert(
      fc.property(shuffled, ({ answers, order }) => {
        const reordered: Record<string, AnswerValue> = {};
        for (const [id, value] of order) reordered[id] = value;
        expect(assess(MODEL, reordered)).toEqual(assess(MODEL, answers));
      }),
    );
  });

  it('places consistently with the statuses: 1..P achieved, P + 1 not, ahead = achieved above P + 1', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { stages, placement, aheadOfFoundations, blockingItems, roadmap } = assess(MODEL, answers);
        stages.slice(0, placement).forEach((s) => expect(s.status).toBe('achieved'));
        if (placement < 10) expect(stages[placement]!.status).not.toBe('achieved');
        expect(aheadOfFoundations).toEqual(stages.filter((s) => s.status === 'achieved' && s.order > placement + 1).map((s) => s.stageId));
        expect(blockingItems).toEqual(roadmap.now);
        expect(blockingItems.every((i) => i.stageOrder === placement + 1)).toBe(true);
      }),
    );
  });

  it('never puts a question answered 3 or 4 on the roadmap', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { roadmap } = assess(MODEL, answers);
        for (const horizon of HORIZONS) {
          for (const item of roadmap[horizon]) {
            const answer = answers[item.questionId];
            expect(isLevel(answer) && answer >= 3).toBe(false);
            expect(item.answer).toBe(answer);
          }
        }
      }),
    );
  });

  it('orders every horizon by weight × gap, then content order', () => {
    const position = new Map(QUESTION_IDS.map((id, i) => [id, i]));
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { roadmap } = assess(MODEL, answers);
        for (const horizon of HORIZONS) {
          const items = roadmap[horizon];
          for (let i = 1; i < items.length; i++) {
            const [prev, next] = [items[i - 1]!, items[i]!];
            expect(prev.priority).toBeGreaterThanOrEqual(next.priority);
            if (prev.priority === next.priority) expect(position.get(prev.questionId)!).toBeLessThan(position.get(next.questionId)!);
          }
        }
      }),
    );
  });
});
