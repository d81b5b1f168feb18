import { describe, expect, it } from 'vitest';
import { createMilestoneStore, MILESTONES_STORAGE_KEY } from '../../src/state/milestone-store';
import { createPlanStore, PLAN_STORAGE_KEY } from '../../src/state/plan-store';
import { RECOVERED_KEY_PREFIX } from '../../src/state/safe-storage';
import { emptyPlan } from '../../src/engine/action-plan';
import { counterClock, MemoryStorage } from './memory-storage';

const recoveredKeys = (storage: MemoryStorage) => storage.keys().filter((k) => k.startsWith(RECOVERED_KEY_PREFIX));

describe('the plan in two tabs', () => {
  it('keeps an owner typed in one tab and a status changed in the other on the same action', () => {
    const storage = new MemoryStorage();
    const clock = counterClock();
    const a = createPlanStore({ storage, now: clock });
    a.getState().addAction('listen-a', 'improve');
    const b = createPlanStore({ storage, now: clock });
    a.getState().editAction('listen-a:improve', { owner: 'Ana' });
    b.getState().editAction('listen-a:improve', { status: 'done' });
    a.syncFromStorage();
    b.syncFromStorage();
    expect(a.getState().actions['listen-a:improve']).toMatchObject({ owner: 'Ana', status: 'done' });
    expect(createPlanStore({ storage, now: clock }).getState().actions).toEqual(a.getState().actions);
  });

  it('does not bring back an action removed in one tab when the other syncs', () => {
    const storage = new MemoryStorage();
    const clock = counterClock();
    const a = createPlanStore({ storage, now: clock });
    a.getState().addAction('listen-a', 'find-out');
    const b = createPlanStore({ storage, now: clock });
    a.getState().removeAction('listen-a:find-out');
    b.syncFromStorage();
    expect(b.getState().actions).toEqual({});
  });
});

describe('damaged saved data', () => {
  it('keeps the readable actions of a damaged plan, and the original aside', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ state: { actions: { 'listen-a:improve': { owner: 'Ana', status: 'nope' } } }, version: 1 });
    storage.setItem(PLAN_STORAGE_KEY, raw);
    const store = createPlanStore({ storage });
    expect(store.getState().actions['listen-a:improve']).toMatchObject({ owner: 'Ana', status: 'todo' });
    expect(store.status.getState().recoveries).toMatchObject([{ notice: 'corrupt', raw, answers: 1 }]);
    expect(recoveredKeys(storage).map((k) => storage.getItem(k))).toContain(raw);
  });

  it('reports milestones that cannot be saved (storage full), keeping them in the page', () => {
    const storage = new MemoryStorage(200);
    const store = createMilestoneStore({ storage });
    store.getState().saveMilestone('Q1', { answers: { 'listen-a': 3 }, notes: { 'listen-a': 'x'.repeat(300) }, plan: emptyPlan() });
    expect(store.getState().milestones).toHaveLength(1);
    expect(store.status.getState().problem).toBe('full');
    expect(storage.getItem(MILESTONES_STORAGE_KEY)).toBeNull();
  });

  it('keeps a milestone exactly as saved, whatever happens to the answers afterwards, and restores it exactly after a delete', () => {
    const store = createMilestoneStore({ storage: new MemoryStorage() });
    const answers = { 'listen-a': 2 as const };
    const milestone = store.getState().saveMilestone('  Inicio  ', { answers, notes: {}, plan: emptyPlan() });
    (answers as Record<string, number>)['listen-a'] = 4;
    expect(milestone.label).toBe('Inicio');
    expect(store.getState().milestones[0]!.answers).toEqual({ 'listen-a': 2 });
    const removed = store.getState().deleteMilestone(milestone.id);
    expect(store.getState().milestones).toEqual([]);
    store.getState().restoreMilestone(removed!);
    expect(store.getState().milestones).toEqual([milestone]);
  });
});
