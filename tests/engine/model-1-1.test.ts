import { describe, expect, it } from 'vitest';
import { type AnswerValue, DONT_KNOW, NOT_APPLICABLE } from '../../src/engine/answers';
import { assess } from '../../src/engine/assess';
import { HORIZONS } from '../../src/engine/build-roadmap';
import { scoreStage } from '../../src/engine/score-stage';
import { answerAll, MODEL_11, RULES } from './fixture';

const ids = (items: { questionId: string }[]) => items.map((i) => i.questionId);
const stage = (id: string) => MODEL_11.stages.find((s) => s.id === id)!;

describe('essential floor (worked examples on the 1.1 fixture)', () => {
  it('keeps a stage whose score reaches 75 from being achieved while an essential practice is below level 2', () => {
    // s1 weights a1 b2 c3; c is essential. a 4, b 4, c 1: (4 + 8 + 3) / 24 = 62.5 → below 75 anyway.
    // s2 weights a2 b2 c1 d3; a and d essential. a 1, b 4, c 4, d 4: (2 + 8 + 4 + 12) / 32 = 81.25, a below the floor.
    const result = scoreStage(stage('s2'), { 's2-a': 1, 's2-b': 4, 's2-c': 4, 's2-d': 4 }, RULES);
    expect(result.score).toBeCloseTo(81.25, 2);
    expect(result.scoreReached).toBe(true);
    expect(result.essentialsBelowFloor).toEqual(['s2-a']);
    expect(result.status).toBe('in-progress');
  });

  it('achieves it once that practice reaches the floor (level 2), with the score still above 75', () => {
    // a 2: (4 + 8 + 4 + 12) / 32 = 87.5
    const result = scoreStage(stage('s2'), { 's2-a': 2, 's2-b': 4, 's2-c': 4, 's2-d': 4 }, RULES);
    expect(result.score).toBeCloseTo(87.5, 2);
    expect(result).toMatchObject({ status: 'achieved', essentialsBelowFloor: [], essentialsUnconfirmed: [] });
  });

  it('reads the floor from the model: at floor 3 the same answers no longer achieve the stage', () => {
    const result = scoreStage(stage('s2'), { 's2-a': 2, 's2-b': 4, 's2-c': 4, 's2-d': 4 }, { ...RULES, essentialFloor: 3 });
    expect(result).toMatchObject({ status: 'in-progress', essentialsBelowFloor: ['s2-a'] });
  });

  it('treats an essential practice answered "don\'t know" or left unanswered as unconfirmed: the stage is not achieved', () => {
    // s2 without a (weight 2 of 8): still rated (6 / 8 ≥ 2/3), score (8 + 4 + 12) / 24 = 100.
    const dontKnow = scoreStage(stage('s2'), { 's2-a': DONT_KNOW, 's2-b': 4, 's2-c': 4, 's2-d': 4 }, RULES);
    expect(dontKnow).toMatchObject({ score: 100, scoreReached: true, status: 'in-progress', essentialsUnconfirmed: ['s2-a'] });
    const unanswered = scoreStage(stage('s2'), { 's2-b': 4, 's2-c': 4, 's2-d': 4 }, RULES);
    expect(unanswered).toMatchObject({ status: 'in-progress', essentialsUnconfirmed: ['s2-a'] });
  });

  it('holds the placement below a stage stopped by its essential practice, and Now names that practice first', () => {
    // Stage 1 achieved; stage 2 scores 81.25 with its essential s2-a at 1.
    const result = assess(MODEL_11, { ...answerAll(4, ['s1', 's3']), 's2-a': 1, 's2-b': 4, 's2-c': 4, 's2-d': 4 });
    expect(result.placement).toBe(1);
    expect(result.provisional).toBeNull();
    expect(result.roadmap.now[0]).toMatchObject({ questionId: 's2-a', essential: true, answer: 1 });
  });
});

describe('"doesn\'t apply" (worked examples)', () => {
  it('takes a conditional question out of its stage\'s score and weight', () => {
    // s2 weights a2 b2 c1 d3, c conditional. c "doesn't apply": total weight 7; a 4, b 2, d 4: (8 + 4 + 12) / 28 = 85.7
    const result = scoreStage(stage('s2'), { 's2-a': 4, 's2-b': 2, 's2-c': NOT_APPLICABLE, 's2-d': 4 }, RULES);
    expect(result).toMatchObject({ totalWeight: 7, answeredWeight: 7, coverage: 1, notApplicableCount: 1, unansweredCount: 0 });
    expect(result.score).toBeCloseTo(85.71, 2);
    expect(result.status).toBe('achieved');
  });

  it('counts as no answer on a question that is not conditional (a hand-edited file cannot drop an essential practice)', () => {
    const result = scoreStage(stage('s2'), { 's2-a': NOT_APPLICABLE, 's2-b': 4, 's2-c': 4, 's2-d': 4 }, RULES);
    expect(result).toMatchObject({ totalWeight: 8, notApplicableCount: 0, unansweredCount: 1, essentialsUnconfirmed: ['s2-a'] });
  });

  it('never puts a question that does not apply on the roadmap', () => {
    const result = assess(MODEL_11, { 's1-a': 4, 's1-b': 4, 's1-c': 4, 's2-c': NOT_APPLICABLE });
    for (const horizon of HORIZONS) expect(ids(result.roadmap[horizon])).not.toContain('s2-c');
  });
});

describe('provisional placement (worked examples)', () => {
  it('is provisional when the next rung is held back only by an essential practice answered "don\'t know", and says how high it could go', () => {
    // Stages 1-6 at 4 except s2-a ("don't know", essential), stage 7 at 0: placement 1; with s2-a confirmed,
    // stages 2..6 would hold and stage 7 would not: up to 6, settled by s2-a alone.
    const answers: Record<string, AnswerValue> = {
      ...answerAll(4, ['s1', 's2', 's3', 's4', 's5', 's6']),
      ...answerAll(0, ['s7']),
      's2-a': DONT_KNOW,
    };
    const result = assess(MODEL_11, answers);
    expect(result.placement).toBe(1);
    expect(result.provisional).toEqual({ upTo: 6, settle: ['s2-a'], dontKnow: ['s2-a'] });
    // "Don't know" is not to build: Now points to it, Find out lists it once.
    expect(ids(result.blockingUnknowns)).toEqual(['s2-a']);
    expect(ids(result.roadmap.now)).toEqual([]);
    expect(ids(result.roadmap['find-out'])).toEqual(['s2-a']);
  });

  it('counts stages that are not rated as unsettled: their unknown answers are what would settle it', () => {
    // Stage 1 at 4; stage 2 has only a and b answered (4 of 8 weight: not rated); nothing above.
    const result = assess(MODEL_11, { ...answerAll(4, ['s1']), 's2-a': 4, 's2-b': 4 });
    expect(result.placement).toBe(1);
    expect(result.provisional?.upTo).toBe(10);
    expect(result.provisional?.settle.slice(0, 2)).toEqual(['s2-c', 's2-d']);
  });

  it('is not provisional when a low answer holds the next rung: an answer given on the scale is never assumed away', () => {
    // s2-b at 0 (weight 2 of 8): (8 + 0 + 4 + 12) / 32 = 75 → achieved... so use 0 on d (weight 3): (8 + 8 + 4) / 32 = 62.5
    const result = assess(MODEL_11, { ...answerAll(4, ['s1', 's2', 's3']), 's2-d': 0 });
    expect(result.placement).toBe(1);
    expect(result.provisional).toBeNull();
  });

  it('is not provisional when the next stage is rated and held by its score, even with a non-essential "don\'t know"', () => {
    // s2: a 4, b "don't know", c 0, d 2 → (8 + 0 + 6) / 24 = 58.3, rated (6 / 8).
    const result = assess(MODEL_11, { ...answerAll(4, ['s1']), 's2-a': 4, 's2-b': DONT_KNOW, 's2-c': 0, 's2-d': 2 });
    expect(result.provisional).toBeNull();
  });

  it('confirming every answer it names reaches exactly the rung it promised', () => {
    const answers: Record<string, AnswerValue> = { ...answerAll(4, ['s1', 's2', 's3', 's4']), 's3-a': DONT_KNOW, 's5-a': 4 };
    const result = assess(MODEL_11, answers);
    expect(result.provisional).not.toBeNull();
    const settled = { ...answers, ...Object.fromEntries(result.provisional!.settle.map((id) => [id, 4 as const])) };
    expect(assess(MODEL_11, settled).placement).toBe(result.provisional!.upTo);
  });
});
