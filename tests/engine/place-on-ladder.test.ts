import { describe, expect, it } from 'vitest';
import { DONT_KNOW } from '../../src/engine/answers';
import { assess } from '../../src/engine/assess';
import { computeOverallIndex, findStagesAheadOfFoundations, placeOnLadder } from '../../src/engine/place-on-ladder';
import { scoreStage } from '../../src/engine/score-stage';
import { answerAll, MODEL, RULES, stage } from './fixture';

const ids = (items: { questionId: string }[]) => items.map((i) => i.questionId);

describe('placement, stages ahead of their foundations and overall index', () => {
  it('places at 10 when every answer is 4, with nothing blocking', () => {
    const result = assess(MODEL, answerAll(4));
    expect(result.placement).toBe(10);
    expect(result.stages.map((s) => s.status)).toEqual(Array(10).fill('achieved'));
    expect(result.aheadOfFoundations).toEqual([]);
    expect(result.blockingItems).toEqual([]);
    expect(result.overallIndex).toBe(100);
    expect(result).toMatchObject({ questionCount: 31, answeredCount: 31, dontKnowCount: 0, unansweredCount: 0 });
  });

  it('places at 0 with no index when nothing is answered; every stage-1 question blocks', () => {
    const result = assess(MODEL, {});
    expect(result.placement).toBe(0);
    expect(result.stages.map((s) => s.status)).toEqual(Array(10).fill('not-rated'));
    expect(result.overallIndex).toBeNull();
    // s1 weights a1 b2 c3, all with gap 4
    expect(ids(result.blockingItems)).toEqual(['s1-c', 's1-b', 's1-a']);
    expect(result).toMatchObject({ questionCount: 31, answeredCount: 0, dontKnowCount: 0, unansweredCount: 31 });
  });

  it('places at 0 with no index when every answer is "dont-know"', () => {
    const result = assess(MODEL, answerAll(DONT_KNOW));
    expect(result.placement).toBe(0);
    expect(result.stages.map((s) => s.status)).toEqual(Array(10).fill('not-rated'));
    expect(result.stages.map((s) => s.score)).toEqual(Array(10).fill(null));
    expect(result.overallIndex).toBeNull();
    expect(result.aheadOfFoundations).toEqual([]);
    // Nothing to build yet: stage 1's answers are to be found out first.
    expect(result.blockingItems).toEqual([]);
    expect(ids(result.blockingUnknowns)).toEqual(['s1-c', 's1-b', 's1-a']);
    expect(result).toMatchObject({ questionCount: 31, answeredCount: 0, dontKnowCount: 31, unansweredCount: 0 });
  });

  it('places at 0 when stage 1 is not achieved, even with every stage above achieved', () => {
    const result = assess(MODEL, { ...answerAll(4), ...answerAll(2, ['s1']) });
    expect(result.stages[0]).toMatchObject({ score: 50, status: 'in-progress' });
    expect(result.placement).toBe(0);
    expect(result.aheadOfFoundations).toEqual(['s2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10']);
    // (50 + 9 × 100) / 10
    expect(result.overallIndex).toBe(95);
    // s1 answered 2: c 3 × 2 = 6, b 2 × 2 = 4, a 1 × 2 = 2
    expect(ids(result.blockingItems)).toEqual(['s1-c', 's1-b', 's1-a']);
  });

  it('reports later stages achieved above an unachieved one as ahead of their foundations', () => {
    const answers = {
      ...answerAll(4, ['s1', 's2', 's3', 's5', 's7']),
      ...answerAll(2, ['s4']),
    };
    const result = assess(MODEL, answers);
    expect(result.placement).toBe(3);
    // s5 is P + 2 and s7 is P + 4; s6 is not rated.
    expect(result.aheadOfFoundations).toEqual(['s5', 's7']);
    // rated: s1, s2, s3, s5, s7 at 100 and s4 at 50 → 550 / 6
    expect(result.overallIndex).toBeCloseTo(91.67, 2);
    // s4 answered 2 everywhere: b 3 × 2 = 6, c 2 × 2 = 4, a 1 × 2 = 2
    expect(ids(result.blockingItems)).toEqual(['s4-b', 's4-c', 's4-a']);
  });

  it('keeps a weak spot that still leaves the stage at 75 out of the way: placement 10', () => {
    // s5 weights a2 b1 c3 with c at 2: (8 + 4 + 6) / 24 = 75
    const result = assess(MODEL, { ...answerAll(4), 's5-c': 2 });
    expect(result.stages[4]).toMatchObject({ score: 75, status: 'achieved' });
    expect(result.placement).toBe(10);
    expect(result.overallIndex).toBe(97.5);
    expect(result.blockingItems).toEqual([]);
    expect(ids(result.roadmap.strengthen)).toEqual(['s5-c']);
  });

  it('stops at the stage a single weak spot keeps below 75', () => {
    // s5 with c at 0: (8 + 4 + 0) / 24 = 50
    const result = assess(MODEL, { ...answerAll(4), 's5-c': 0 });
    expect(result.stages[4]).toMatchObject({ score: 50, status: 'in-progress' });
    expect(result.placement).toBe(4);
    expect(result.aheadOfFoundations).toEqual(['s6', 's7', 's8', 's9', 's10']);
    expect(result.overallIndex).toBe(95);
    expect(result.blockingItems).toEqual([
      { questionId: 's5-c', stageId: 's5', stageOrder: 5, weight: 3, essential: false, answer: 0, gap: 4, priority: 12 },
    ]);
  });

  it('averages only the rated stages into the overall index, a not-started stage counting as 0', () => {
    const result = assess(MODEL, {
      ...answerAll(4, ['s1']),
      ...answerAll(0, ['s2']),
      's3-a': 4, // 3 of 5 weight: not rated, its 100 is left out
    });
    expect(result.stages.slice(0, 3).map((s) => [s.score, s.status])).toEqual([
      [100, 'achieved'],
      [0, 'not-started'],
      [100, 'not-rated'],
    ]);
    expect(result.overallIndex).toBe(50);
    expect(result.placement).toBe(1);
  });

  it('carries the model id and version', () => {
    expect(assess(MODEL, {})).toMatchObject({ modelId: 'test-model', modelVersion: '1.0.0' });
  });

  it('reads the ladder by stage order, not by array position', () => {
    const answers = answerAll(4, ['s1', 's2', 's4']);
    const results = MODEL.stages.map((s) => scoreStage(s, answers, RULES)).reverse();
    expect(placeOnLadder(results)).toBe(2);
    expect(findStagesAheadOfFoundations(results, 2)).toEqual(['s4']);
    expect(computeOverallIndex(results)).toBe(100);
  });

  it('does not call stage P + 1 ahead of its foundations', () => {
    const results = [scoreStage(stage('s1'), {}, RULES), scoreStage(stage('s2'), answerAll(4, ['s2']), RULES)];
    // Placement 0: stage 2 (order 2 > 0 + 1) is ahead; with placement 1 it would be the next rung.
    expect(findStagesAheadOfFoundations(results, 0)).toEqual(['s2']);
    expect(findStagesAheadOfFoundations(results, 1)).toEqual([]);
  });

  it('has no overall index without rated stages', () => {
    expect(computeOverallIndex([])).toBeNull();
  });
});
