import { describe, expect, it } from 'vitest';
import { DONT_KNOW, isAnswerValue, isLevel } from '../../src/engine/answers';
import { scoreStage } from '../../src/engine/score-stage';
import { RULES, stage } from './fixture';

describe('answer scale', () => {
  it('has levels 0 to 4; "dont-know" is an answer but not a level', () => {
    expect([0, 1, 2, 3, 4].every(isLevel)).toBe(true);
    expect(isLevel(DONT_KNOW)).toBe(false);
    expect(isLevel(5)).toBe(false);
    expect(isLevel('3')).toBe(false);
    expect(isAnswerValue(DONT_KNOW)).toBe(true);
    expect(isAnswerValue(undefined)).toBe(false);
  });
});

describe('scoreStage', () => {
  // s1 weights: a1 b2 c3 (total 6). The worked example of content/methodology.yaml.
  it('is the weighted mean of the answered questions, as a percentage of level 4', () => {
    const result = scoreStage(stage('s1'), { 's1-a': DONT_KNOW, 's1-b': 2, 's1-c': 4 }, RULES);
    // (3 × 4 + 2 × 2) / ((3 + 2) × 4) = 16 / 20
    expect(result.score).toBe(80);
    expect(result.answeredWeight).toBe(5);
    expect(result.totalWeight).toBe(6);
    expect(result.coverage).toBeCloseTo(0.8333, 4);
    expect(result.status).toBe('achieved');
    expect(result).toMatchObject({ stageId: 's1', order: 1, questionCount: 3, answeredCount: 2, dontKnowCount: 1, unansweredCount: 0 });
  });

  it('counts "dont-know" as unanswered, never as zero', () => {
    const dontKnow = scoreStage(stage('s1'), { 's1-a': DONT_KNOW, 's1-b': 2, 's1-c': 4 }, RULES);
    const unanswered = scoreStage(stage('s1'), { 's1-b': 2, 's1-c': 4 }, RULES);
    const zero = scoreStage(stage('s1'), { 's1-a': 0, 's1-b': 2, 's1-c': 4 }, RULES);
    expect(dontKnow.score).toBe(80);
    expect(unanswered.score).toBe(80);
    expect(unanswered.coverage).toBe(dontKnow.coverage);
    // (1 × 0 + 2 × 2 + 3 × 4) / (6 × 4) = 16 / 24
    expect(zero.score).toBeCloseTo(66.67, 2);
    expect(zero.coverage).toBe(1);
    expect(zero.status).toBe('in-progress');
    expect([dontKnow.dontKnowCount, dontKnow.unansweredCount]).toEqual([1, 0]);
    expect([unanswered.dontKnowCount, unanswered.unansweredCount]).toEqual([0, 1]);
  });

  it('gives 100 when everything is at 4 and 50 when everything is at 2', () => {
    expect(scoreStage(stage('s2'), { 's2-a': 4, 's2-b': 4, 's2-c': 4, 's2-d': 4 }, RULES).score).toBe(100);
    expect(scoreStage(stage('s2'), { 's2-a': 2, 's2-b': 2, 's2-c': 2, 's2-d': 2 }, RULES).score).toBe(50);
  });

  it('is achieved at exactly 75: weights 1, 2 answered 3, 3', () => {
    const result = scoreStage(stage('s6'), { 's6-a': 3, 's6-b': 3 }, RULES);
    expect(result.score).toBe(75);
    expect(result.status).toBe('achieved');
  });

  it('is achieved at exactly 75 reached from uneven answers: weights 1, 3, 2 answered 0, 4, 3', () => {
    // (0 + 12 + 6) / 24 = 18 / 24
    const result = scoreStage(stage('s4'), { 's4-a': 0, 's4-b': 4, 's4-c': 3 }, RULES);
    expect(result.score).toBe(75);
    expect(result.status).toBe('achieved');
  });

  it('is in progress just below 75: weights 3, 3, 1 answered 3, 3, 2', () => {
    // (9 + 9 + 2) / 28 = 20 / 28
    const result = scoreStage(stage('s10'), { 's10-a': 3, 's10-b': 3, 's10-c': 2 }, RULES);
    expect(result.score).toBeCloseTo(71.43, 2);
    expect(result.status).toBe('in-progress');
  });

  it('is rated at exactly 2/3 coverage and not rated below it', () => {
    // s1 weights a1 b2 c3: a + c = 4 of 6 is exactly 2/3; a + b = 3 of 6 is 1/2.
    const exact = scoreStage(stage('s1'), { 's1-a': 4, 's1-c': 4 }, RULES);
    expect(exact.coverage).toBeCloseTo(0.6667, 4);
    expect(exact.status).toBe('achieved');
    const half = scoreStage(stage('s1'), { 's1-a': 4, 's1-b': 4, 's1-c': DONT_KNOW }, RULES);
    expect(half.coverage).toBe(0.5);
    expect(half.score).toBe(100);
    expect(half.status).toBe('not-rated');
  });

  it('is rated at 6/8 coverage but not at 5/8', () => {
    // s2 weights a2 b2 c1 d3
    const fiveEighths = scoreStage(stage('s2'), { 's2-a': 4, 's2-d': 4 }, RULES);
    expect(fiveEighths.coverage).toBe(0.625);
    expect(fiveEighths.status).toBe('not-rated');
    const sixEighths = scoreStage(stage('s2'), { 's2-a': 4, 's2-c': 4, 's2-d': 4 }, RULES);
    expect(sixEighths.coverage).toBe(0.75);
    expect(sixEighths.status).toBe('achieved');
  });

  it('is achieved at exactly 2/3 coverage and exactly 75 at once: weights 1, 3 answered 0, 4', () => {
    const result = scoreStage(stage('s4'), { 's4-a': 0, 's4-b': 4 }, RULES);
    expect(result.coverage).toBeCloseTo(0.6667, 4);
    expect(result.score).toBe(75);
    expect(result.status).toBe('achieved');
  });

  it('is not started when rated with a score of 0, in progress above 0', () => {
    const zero = scoreStage(stage('s3'), { 's3-a': 0, 's3-b': 0, 's3-c': 0 }, RULES);
    expect(zero.score).toBe(0);
    expect(zero.status).toBe('not-started');
    // s3 weights a3 b1 c1: (3 × 1) / (5 × 4) = 3 / 20
    const low = scoreStage(stage('s3'), { 's3-a': 1, 's3-b': 0, 's3-c': 0 }, RULES);
    expect(low.score).toBe(15);
    expect(low.status).toBe('in-progress');
  });

  it('has no score, no coverage and is not rated when nothing is answered', () => {
    expect(scoreStage(stage('s7'), {}, RULES)).toEqual({
      stageId: 's7',
      order: 7,
      score: null,
      coverage: 0,
      answeredWeight: 0,
      totalWeight: 6,
      status: 'not-rated',
      scoreReached: false,
      essentialsBelowFloor: [],
      essentialsUnconfirmed: [],
      questionCount: 3,
      answeredCount: 0,
      dontKnowCount: 0,
      notApplicableCount: 0,
      unansweredCount: 3,
    });
  });

  it('has no score when every answer is "dont-know"', () => {
    const result = scoreStage(stage('s8'), { 's8-a': DONT_KNOW, 's8-b': DONT_KNOW, 's8-c': DONT_KNOW, 's8-d': DONT_KNOW }, RULES);
    expect(result).toMatchObject({ score: null, coverage: 0, status: 'not-rated', dontKnowCount: 4, unansweredCount: 0 });
  });

  it('treats an undefined value as unanswered', () => {
    // s6 weights a1 b2: only a answered, 1 of 3
    const result = scoreStage(stage('s6'), { 's6-a': 4, 's6-b': undefined }, RULES);
    expect(result).toMatchObject({ score: 100, answeredCount: 1, unansweredCount: 1, status: 'not-rated' });
  });

  it('takes its thresholds from the model, not from code', () => {
    const strict = { ...RULES, achievedScore: 80, ratedCoverage: { numerator: 3, denominator: 4 } };
    expect(scoreStage(stage('s4'), { 's4-a': 0, 's4-b': 4, 's4-c': 3 }, strict).status).toBe('in-progress');
    expect(scoreStage(stage('s4'), { 's4-a': 0, 's4-b': 4 }, strict).status).toBe('not-rated');
  });
});
