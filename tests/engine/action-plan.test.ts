import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DONT_KNOW } from '../../src/engine/answers';
import { assess } from '../../src/engine/assess';
import {
  addToPlan,
  daysBetween,
  emptyPlan,
  groupPlanByHorizon,
  groupPlanByTime,
  isOverdue,
  isPlanDate,
  listRoadmapActions,
  planActionKey,
  planFromRoadmap,
  summarizePlan,
  TIME_GROUPS,
  timeGroupOf,
} from '../../src/engine/action-plan';
import { todayLocal } from '../../src/engine/clock';
import { answerAll, MODEL } from './fixture';

const ADDED = '2026-01-10T09:00:00.000Z';
const TODAY = '2026-03-01';
// Stages 1-2 achieved, some "don't know" answers lower down: every horizon has items.
const ANSWERS = { ...answerAll(4, ['s1', 's2']), 's1-a': 2, 's3-a': 1, 's3-b': DONT_KNOW, 's4-a': 0, 's5-b': 1 } as const;
const result = assess(MODEL, ANSWERS);

describe('a plan started from the roadmap', () => {
  it('holds one action per roadmap item, keyed by question and kind, to do, and targets the next rung', () => {
    const plan = planFromRoadmap(emptyPlan(), result.roadmap, result.placement, MODEL.stages.length, ADDED);
    const listed = listRoadmapActions(result.roadmap);
    expect(Object.keys(plan.actions).sort()).toEqual(listed.map((l) => l.key).sort());
    expect(Object.values(plan.actions).every((a) => a.status === 'todo' && a.addedAt === ADDED)).toBe(true);
    expect(plan.actions[planActionKey('s3-b', 'find-out')]?.kind).toBe('find-out');
    expect(plan.targetRung).toBe(result.placement + 1);
  });

  it('keeps what was written in actions already there, and a target already set', () => {
    const key = planActionKey('s3-a', 'improve');
    const start = addToPlan({ ...emptyPlan(), targetRung: 5 }, 's3-a', 'improve', ADDED);
    start.actions[key] = { ...start.actions[key]!, owner: 'Ana', status: 'in-progress' };
    const plan = planFromRoadmap(start, result.roadmap, result.placement, MODEL.stages.length, '2026-02-01T00:00:00.000Z');
    expect(plan.actions[key]).toMatchObject({ owner: 'Ana', status: 'in-progress', addedAt: ADDED });
    expect(plan.targetRung).toBe(5);
  });

  it('adding an item twice leaves the plan as it was', () => {
    const once = addToPlan(emptyPlan(), 's4-a', 'improve', ADDED);
    expect(addToPlan(once, 's4-a', 'improve', '2027-01-01T00:00:00.000Z')).toBe(once);
  });
});

describe('the plan by horizon', () => {
  it('follows the roadmap, and puts actions the roadmap no longer lists apart', () => {
    let plan = planFromRoadmap(emptyPlan(), result.roadmap, result.placement, MODEL.stages.length, ADDED);
    plan = addToPlan(plan, 's9-a', 'find-out', ADDED);
    const groups = groupPlanByHorizon(plan, result.roadmap, TODAY);
    const expected = (['now', 'next', 'later', 'strengthen', 'find-out'] as const).filter((h) => result.roadmap[h].length);
    expect(groups.map((g) => g.group)).toEqual([...expected, 'off-roadmap']);
    for (const g of groups.filter((g) => g.group !== 'off-roadmap')) {
      expect(g.actions.map((a) => a.action.questionId)).toEqual(result.roadmap[g.group as 'now'].map((i) => i.questionId));
    }
    expect(groups.at(-1)!.actions.map((a) => a.key)).toEqual(['s9-a:find-out']);
  });

  it('survives a change of horizon: an action keeps its key when the item moves', () => {
    const plan = addToPlan(emptyPlan(), 's3-a', 'improve', ADDED);
    // Stage 3's gaps are "Now" at placement 2, "Next" at placement 1.
    const lower = assess(MODEL, { ...ANSWERS, 's2-a': 0, 's2-b': 0, 's2-c': 0 });
    expect(lower.placement).toBeLessThan(result.placement);
    const horizonOf = (r: typeof result) => groupPlanByHorizon(plan, r.roadmap, TODAY)[0]!.group;
    expect(horizonOf(result)).toBe('now');
    expect(horizonOf(lower)).not.toBe('now');
    expect(horizonOf(lower)).not.toBe('off-roadmap');
  });
});

describe('the plan by time', () => {
  const withDue = (due: string, status: 'todo' | 'in-progress' | 'done' | 'dropped' = 'todo') => ({ due, status });

  it('puts each action in overdue, 30, 60, 90 days, later, undated or closed', () => {
    expect(timeGroupOf(withDue('2026-02-28'), TODAY)).toBe('overdue');
    expect(timeGroupOf(withDue('2026-03-01'), TODAY)).toBe('days-30');
    expect(timeGroupOf(withDue('2026-03-31'), TODAY)).toBe('days-30');
    expect(timeGroupOf(withDue('2026-04-01'), TODAY)).toBe('days-60');
    expect(timeGroupOf(withDue('2026-05-30'), TODAY)).toBe('days-90');
    expect(timeGroupOf(withDue('2026-05-31'), TODAY)).toBe('later');
    expect(timeGroupOf(withDue(''), TODAY)).toBe('undated');
    expect(timeGroupOf(withDue('2020-01-01', 'done'), TODAY)).toBe('closed');
    expect(timeGroupOf(withDue('2020-01-01', 'dropped'), TODAY)).toBe('closed');
  });

  it('marks as overdue only actions still open past their date, not on the day itself', () => {
    expect(isOverdue(withDue('2026-02-28', 'in-progress'), TODAY)).toBe(true);
    expect(isOverdue(withDue('2026-03-01'), TODAY)).toBe(false);
    expect(isOverdue(withDue('2026-02-28', 'done'), TODAY)).toBe(false);
    expect(isOverdue(withDue(''), TODAY)).toBe(false);
  });

  it('places every action in exactly one group, the earliest date first', () => {
    const day = fc.integer({ min: -200, max: 200 }).map((n) => {
      const d = new Date(Date.UTC(2026, 2, 1 + n));
      return d.toISOString().slice(0, 10);
    });
    const action = fc.record({ due: fc.oneof(day, fc.constant('')), status: fc.constantFrom('todo' as const, 'in-progress' as const, 'done' as const, 'dropped' as const) });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('s1-a', 's3-a', 's4-a', 's5-b', 's6-a', 's9-c'), action), (entries) => {
        let plan = emptyPlan();
        for (const [id, a] of Object.entries(entries)) {
          plan = addToPlan(plan, id, 'improve', ADDED);
          plan.actions[planActionKey(id, 'improve')] = { ...plan.actions[planActionKey(id, 'improve')]!, ...a };
        }
        const groups = groupPlanByTime(plan, result.roadmap, TODAY);
        expect(groups.flatMap((g) => g.actions.map((a) => a.key)).sort()).toEqual(Object.keys(plan.actions).sort());
        expect(groups.map((g) => TIME_GROUPS.indexOf(g.group))).toEqual([...groups.map((g) => TIME_GROUPS.indexOf(g.group))].sort((a, b) => a - b));
        for (const g of groups) {
          const dues = g.actions.map((a) => a.action.due).filter(Boolean);
          expect(dues).toEqual([...dues].sort());
          for (const a of g.actions) expect(a.overdue).toBe(g.group === 'overdue');
        }
        expect(summarizePlan(plan, TODAY).overdue).toBe(groups.find((g) => g.group === 'overdue')?.actions.length ?? 0);
      }),
    );
  });
});

describe('plan dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isPlanDate('2026-02-28')).toBe(true);
    expect(isPlanDate('2026-02-30')).toBe(false);
    expect(isPlanDate('2026-2-3')).toBe(false);
    expect(isPlanDate(20260228)).toBe(false);
  });

  it('counts whole days across a change of year and of daylight saving', () => {
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it('reads today as the local calendar date', () => {
    expect(todayLocal(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('summarises statuses and the days left to the target date', () => {
    let plan = addToPlan(addToPlan({ ...emptyPlan(), targetDate: '2026-03-31' }, 's1-a', 'improve', ADDED), 's3-b', 'find-out', ADDED);
    plan = { ...plan, actions: { ...plan.actions, 's1-a:improve': { ...plan.actions['s1-a:improve']!, status: 'done' } } };
    expect(summarizePlan(plan, TODAY)).toEqual({ total: 2, byStatus: { todo: 1, 'in-progress': 0, done: 1, dropped: 0 }, overdue: 0, daysToTarget: 30 });
  });
});
