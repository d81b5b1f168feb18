import { describe, expect, it } from 'vitest';
import { DONT_KNOW } from '../../src/engine/answers';
import { assess } from '../../src/engine/assess';
import { addToPlan, emptyPlan, type ActionPlan } from '../../src/engine/action-plan';
import { buildTrend, comparePlanProgress, type Milestone, mergeMilestoneLists, milestonesCodec } from '../../src/engine/milestones';
import { answerAll, MODEL } from './fixture';

const milestone = (id: string, savedAt: string, answers: Milestone['answers'], plan: ActionPlan = emptyPlan()): Milestone => ({ id, label: id, savedAt, answers, notes: {}, plan });
const done = (plan: ActionPlan, key: string): ActionPlan => ({ ...plan, actions: { ...plan.actions, [key]: { ...plan.actions[key]!, status: 'done' } } });

describe('the trend across milestones', () => {
  it('gives placement, index and each stage’s score per milestone, oldest first, then the current answers', () => {
    const early = milestone('m-early', '2026-01-01T00:00:00.000Z', answerAll(1));
    const later = milestone('m-later', '2026-04-01T00:00:00.000Z', answerAll(4, ['s1', 's2']));
    const now = answerAll(4, ['s1', 's2', 's3']);
    const trend = buildTrend(MODEL, [later, early], { answers: now, date: '2026-07-01T00:00:00.000Z', label: 'now' });
    expect(trend.map((p) => p.id)).toEqual(['m-early', 'm-later', null]);
    const expected = [answerAll(1), answerAll(4, ['s1', 's2']), now].map((a) => assess(MODEL, a));
    expect(trend.map((p) => p.placement)).toEqual(expected.map((r) => r.placement));
    expect(trend.map((p) => p.overallIndex)).toEqual(expected.map((r) => r.overallIndex));
    expect(trend[2]!.stages.map((s) => s.score)).toEqual(expected[2]!.stages.map((s) => s.score));
    expect(trend[0]!.stages).toHaveLength(MODEL.stages.length);
  });
});

describe('what the plan achieved since a milestone', () => {
  it('lists the actions done now, whether they were done then, and how their answers moved', () => {
    let plan = addToPlan(addToPlan(addToPlan(emptyPlan(), 's3-a', 'improve', 'x'), 's3-b', 'find-out', 'x'), 's4-a', 'improve', 'x');
    const earlierPlan = done(plan, 's4-a:improve');
    plan = done(done(done(plan, 's3-a:improve'), 's3-b:find-out'), 's4-a:improve');
    const progress = comparePlanProgress(
      MODEL,
      { answers: { 's3-a': 1, 's3-b': DONT_KNOW, 's4-a': 2 }, plan: earlierPlan },
      { answers: { 's3-a': 3, 's3-b': 2, 's4-a': 2 }, plan },
    );
    expect(progress.map((p) => [p.key, p.movement, p.doneBefore])).toEqual([
      ['s3-a:improve', 'up', false],
      ['s3-b:find-out', 'changed', false],
      ['s4-a:improve', 'same', true],
    ]);
  });

  it('leaves out actions not done, and those on questions the model no longer has', () => {
    const plan = done(addToPlan(addToPlan(emptyPlan(), 's1-a', 'improve', 'x'), 'gone-question', 'improve', 'x'), 'gone-question:improve');
    expect(comparePlanProgress(MODEL, { answers: {} }, { answers: {}, plan })).toEqual([]);
  });
});

describe('milestones from a file', () => {
  it('are added to the ones here, keeping those here as they are', () => {
    const here = [milestone('m-a', '2026-01-01T00:00:00.000Z', { 's1-a': 1 })];
    const file = [milestone('m-a', '2026-01-01T00:00:00.000Z', { 's1-a': 4 }), milestone('m-b', '2025-06-01T00:00:00.000Z', {})];
    const merged = mergeMilestoneLists(here, file);
    expect(merged.map((m) => m.id)).toEqual(['m-b', 'm-a']);
    expect(merged[1]!.answers['s1-a']).toBe(1);
  });

  it('drop what is not a milestone when read back', () => {
    const { data, dropped } = milestonesCodec.sanitize({ milestones: [{ id: 'bad id!' }, milestone('m-ok', '2026-01-01T00:00:00.000Z', { 's1-a': 9 as never })] });
    expect(data.milestones.map((m) => m.id)).toEqual(['m-ok']);
    expect(data.milestones[0]!.answers).toEqual({});
    expect(dropped).toBe(2);
  });
});
