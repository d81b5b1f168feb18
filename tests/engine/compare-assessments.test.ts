import { describe, expect, it } from 'vitest';
import { DONT_KNOW } from '../../src/engine/answers';
import { compareAssessments } from '../../src/engine/compare-assessments';
import { answerAll, MODEL } from './fixture';

describe('compareAssessments', () => {
  const earlier = { ...answerAll(4, ['s1']), ...answerAll(1, ['s2']), 's3-a': DONT_KNOW };
  const current = { ...answerAll(4, ['s1', 's2']), 's2-c': 3 as const, 's3-a': 2 as const, 's1-a': 3 as const };

  it('gives the change in placement and overall index', () => {
    const c = compareAssessments(MODEL, earlier, current);
    expect(c.placement).toEqual({ before: 1, after: 2, change: 1 });
    expect(c.overallIndex.before).not.toBeNull();
  });

  it('gives each stage its score and status before and after, with the change in points', () => {
    const c = compareAssessments(MODEL, earlier, current);
    expect(c.stages).toHaveLength(10);
    const s2 = c.stages[1]!;
    expect(s2.before).toEqual({ score: 25, status: 'in-progress' });
    expect(s2.after.status).toBe('achieved');
    expect(s2.scoreChange).toBeCloseTo(s2.after.score! - 25);
    expect(c.stages[4]).toMatchObject({ scoreChange: null, before: { status: 'not-rated' }, after: { status: 'not-rated' } });
  });

  it('lists the questions that moved in content order, with their direction', () => {
    const c = compareAssessments(MODEL, earlier, current);
    expect(c.moved.map((m) => [m.questionId, m.before, m.after, m.direction])).toEqual([
      ['s1-a', 4, 3, 'down'],
      ['s2-a', 1, 4, 'up'],
      ['s2-b', 1, 4, 'up'],
      ['s2-c', 1, 3, 'up'],
      ['s2-d', 1, 4, 'up'],
      ['s3-a', DONT_KNOW, 2, 'changed'],
    ]);
  });

  it('finds nothing moved when comparing an assessment with itself', () => {
    const c = compareAssessments(MODEL, current, current);
    expect(c.moved).toEqual([]);
    expect(c.placement.change).toBe(0);
    expect(c.stages.every((s) => s.scoreChange === null || s.scoreChange === 0)).toBe(true);
  });

  it('counts an answer removed since as changed', () => {
    const c = compareAssessments(MODEL, { 's5-a': 2 }, {});
    expect(c.moved).toEqual([{ questionId: 's5-a', stageId: 's5', stageOrder: 5, before: 2, after: undefined, direction: 'changed' }]);
  });
});
