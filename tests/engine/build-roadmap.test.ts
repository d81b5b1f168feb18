import { describe, expect, it } from 'vitest';
import { type AnswerValue, DONT_KNOW } from '../../src/engine/answers';
import { assess } from '../../src/engine/assess';
import { buildRoadmap, findBlockingItems, HORIZONS, horizonStages, isBlocking } from '../../src/engine/build-roadmap';
import { answerAll, MODEL } from './fixture';

const ids = (items: { questionId: string }[]) => items.map((i) => i.questionId);

/**
 * Placement 2. s1 (91.7 %) and s2 (87.5 %) achieved; s3 not rated; s4 in progress (37.5 %);
 * s5 (81.25 %) and s7 (100 %) achieved, ahead of their foundations.
 */
const MIXED: Record<string, AnswerValue> = {
  's1-a': 2, 's1-b': 4, 's1-c': 4,
  's2-a': 4, 's2-b': DONT_KNOW, 's2-c': 1, 's2-d': 4,
  's3-a': 2, 's3-b': DONT_KNOW, // s3-c unanswered
  's4-a': 0, 's4-b': 2, // s4-c unanswered
  's5-a': DONT_KNOW, 's5-b': 1, 's5-c': 4,
  's6-a': 0, 's6-b': DONT_KNOW,
  's7-a': 4, 's7-b': 4, 's7-c': 4,
};

describe('roadmap', () => {
  const result = assess(MODEL, MIXED);

  it('is built from placement 2 in the mixed example', () => {
    expect(result.stages.map((s) => s.status)).toEqual([
      'achieved', 'achieved', 'not-rated', 'in-progress', 'achieved', 'not-rated', 'achieved', 'not-rated', 'not-rated', 'not-rated',
    ]);
    expect(result.placement).toBe(2);
    expect(result.aheadOfFoundations).toEqual(['s5', 's7']);
    // (91.667 + 87.5 + 37.5 + 81.25 + 100) / 5
    expect(result.overallIndex).toBeCloseTo(79.58, 2);
    expect(result).toMatchObject({ questionCount: 31, answeredCount: 15, dontKnowCount: 4, unansweredCount: 12 });
  });

  it('now: every question of stage P + 1 below 3 or unanswered; its "dont-know" only pointed at, never repeated', () => {
    expect(result.roadmap.now).toEqual([
      { questionId: 's3-a', stageId: 's3', stageOrder: 3, weight: 3, essential: false, answer: 2, gap: 2, priority: 6 },
      { questionId: 's3-c', stageId: 's3', stageOrder: 3, weight: 1, essential: false, answer: undefined, gap: 4, priority: 4 },
    ]);
    expect(result.blockingItems).toEqual(result.roadmap.now);
    // s3-b is "don't know": Now points to it, and it sits once, under Find out.
    expect(ids(result.blockingUnknowns)).toEqual(['s3-b']);
    expect(ids(result.roadmap['find-out'])).toContain('s3-b');
  });

  it('next: only the ANSWERED questions of stage P + 2 below 3 (s4-c is unanswered)', () => {
    expect(result.roadmap.next).toEqual([
      { questionId: 's4-b', stageId: 's4', stageOrder: 4, weight: 3, essential: false, answer: 2, gap: 2, priority: 6 },
      { questionId: 's4-a', stageId: 's4', stageOrder: 4, weight: 1, essential: false, answer: 0, gap: 4, priority: 4 },
    ]);
  });

  it('later: only the answered questions of stage P + 3 below 3 (s5-a is "dont-know")', () => {
    expect(ids(result.roadmap.later)).toEqual(['s5-b']);
    expect(result.roadmap.later[0]).toMatchObject({ answer: 1, gap: 3, priority: 3 });
  });

  it('strengthen: answered questions below 3 in stages 1..P, larger weight × gap first', () => {
    // s2-c: 1 × 3 = 3, s1-a: 1 × 2 = 2; s2-b ("dont-know") is not here.
    expect(ids(result.roadmap.strengthen)).toEqual(['s2-c', 's1-a']);
  });

  it('find out: "dont-know" in stages 1..P + 3, never unanswered ones, never beyond P + 3', () => {
    // s2-b 2 × 4 = 8, s5-a 2 × 4 = 8 (tie: content order), s3-b 1 × 4 = 4; s6-b is stage P + 4.
    expect(ids(result.roadmap['find-out'])).toEqual(['s2-b', 's5-a', 's3-b']);
  });

  it('puts weight × gap before weight: an unanswered question of weight 2 outranks a 2 of weight 3', () => {
    // s1 weights a1 b2 c3: b unanswered 2 × 4 = 8, c at 2 3 × 2 = 6, a at 0 1 × 4 = 4
    const now = assess(MODEL, { 's1-a': 0, 's1-c': 2 }).roadmap.now;
    expect(now.map((i) => [i.questionId, i.priority])).toEqual([
      ['s1-b', 8],
      ['s1-c', 6],
      ['s1-a', 4],
    ]);
  });

  it('breaks ties by content order, whatever order the answers were given in', () => {
    // Each weak item has priority 4: s1-b (2 × 2), s2-a (2 × 2), s3-b (1 × 4). Placement 3.
    const answers: Record<string, AnswerValue> = { 's3-b': 0, 's2-a': 2, 's1-b': 2 };
    for (const [id, value] of Object.entries(answerAll(4, ['s1', 's2', 's3']))) answers[id] ??= value;
    const roadmap = assess(MODEL, answers).roadmap;
    expect(roadmap.strengthen.map((i) => [i.questionId, i.priority])).toEqual([
      ['s1-b', 4],
      ['s2-a', 4],
      ['s3-b', 4],
    ]);
  });

  it('is empty at placement 10 except for what can still be strengthened or found out', () => {
    // s10 without c (weight 1 of 7) is still rated; s1 with a at 2 is (2 + 8 + 12) / 24 = 91.7.
    const answers: Record<string, AnswerValue> = { ...answerAll(4), 's1-a': 2, 's10-c': DONT_KNOW };
    const result10 = assess(MODEL, answers);
    expect(result10.placement).toBe(10);
    expect(result10.blockingItems).toEqual([]);
    expect(result10.roadmap.now).toEqual([]);
    expect(result10.roadmap.next).toEqual([]);
    expect(result10.roadmap.later).toEqual([]);
    expect(ids(result10.roadmap.strengthen)).toEqual(['s1-a']);
    expect(ids(result10.roadmap['find-out'])).toEqual(['s10-c']);
  });

  it('gives only Find out when every answer is "dont-know", Now pointing at stage 1\'s', () => {
    const result = assess(MODEL, answerAll(DONT_KNOW));
    const roadmap = result.roadmap;
    expect(roadmap.now).toEqual([]);
    expect(ids(result.blockingUnknowns)).toEqual(['s1-c', 's1-b', 's1-a']);
    expect(result.blockingUnknowns.every((i) => i.answer === DONT_KNOW && i.gap === 4)).toBe(true);
    expect(roadmap.next).toEqual([]);
    expect(roadmap.later).toEqual([]);
    expect(roadmap.strengthen).toEqual([]);
    // Stages 1..3; weight 3 (12), then weight 2 (8), then weight 1 (4), each in content order.
    expect(ids(roadmap['find-out'])).toEqual(['s1-c', 's2-d', 's3-a', 's1-b', 's2-a', 's2-b', 's1-a', 's2-c', 's3-b', 's3-c']);
  });

  it('gives an empty roadmap when everything is at 4', () => {
    expect(assess(MODEL, answerAll(4)).roadmap).toEqual({ now: [], next: [], later: [], strengthen: [], 'find-out': [] });
  });

  it('lists its horizons in reading order', () => {
    expect(HORIZONS).toEqual(['now', 'next', 'later', 'strengthen', 'find-out']);
    expect(Object.keys(buildRoadmap(MODEL, {}, 0))).toEqual([...HORIZONS]);
  });

  it('blocks on answers below 3, "dont-know" and no answer', () => {
    expect([0, 1, 2, 3, 4, DONT_KNOW, undefined].map((a) => isBlocking(a as AnswerValue | undefined, 3))).toEqual([
      true, true, true, false, false, true, true,
    ]);
  });

  it('finds no blocking items above the top rung', () => {
    expect(findBlockingItems(MODEL, {}, 10)).toEqual([]);
  });
});

describe('horizonStages', () => {
  it('covers P+1, P+2, P+3, 1..P and 1..P+3, within the model', () => {
    expect(HORIZONS.map((h) => horizonStages(h, 2, 10))).toEqual([
      { from: 3, to: 3 },
      { from: 4, to: 4 },
      { from: 5, to: 5 },
      { from: 1, to: 2 },
      { from: 1, to: 5 },
    ]);
  });

  it('leaves a horizon empty (from > to) when it would pass the top stage or precede the first', () => {
    expect(horizonStages('later', 8, 10)).toEqual({ from: 11, to: 10 });
    expect(horizonStages('find-out', 9, 10)).toEqual({ from: 1, to: 10 });
    expect(horizonStages('strengthen', 0, 10)).toEqual({ from: 1, to: 0 });
  });
});
