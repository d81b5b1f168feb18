import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionPlan } from '../../src/engine/action-plan';
import { type Milestone, type MilestoneList, milestonesCodec, type SavedMilestones } from '../../src/engine/milestones';
import { planCodec, type SavedPlan } from '../../src/engine/saved-plan';
import { mergeRestoring, mergeStamped, readStored, serializeStored, type Stamped, type StoreCodec } from '../../src/engine/stamped-data';

const stamp = fc.integer({ min: 1, max: 1_000 });
const action = fc.record({
  questionId: fc.constantFrom('q-one', 'q-two', 'q-three'),
  kind: fc.constantFrom('improve' as const, 'find-out' as const),
  owner: fc.constantFrom('', 'Ana', 'Marketing'),
  due: fc.constantFrom('', '2026-03-01', '2026-06-30'),
  status: fc.constantFrom('todo' as const, 'in-progress' as const, 'done' as const, 'dropped' as const),
  effort: fc.constantFrom('' as const, 'small' as const, 'medium' as const, 'large' as const),
  note: fc.constantFrom('', 'Ask IT', 'Budget first'),
  addedAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'),
});
const rawPlan: fc.Arbitrary<ActionPlan> = fc.record({
  targetRung: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
  targetDate: fc.constantFrom('', '2026-12-31'),
  actions: fc.uniqueArray(action, { selector: (a) => `${a.questionId}:${a.kind}`, maxLength: 5 }).map((list) =>
    Object.fromEntries(list.map((a) => [`${a.questionId}:${a.kind}`, a])),
  ),
});

/** A saved copy as a tab could hold it: canonical, every present field stamped, some removals stamped too. */
function stamped<T>(codec: StoreCodec<T>, data: fc.Arbitrary<T>, removable: string[]): fc.Arbitrary<Stamped<T>> {
  return fc.record({ data, removed: fc.dictionary(fc.constantFrom(...removable), stamp), stampOf: fc.func(stamp) }).map(({ data, removed, stampOf }) => {
    const flat = codec.flatten(data);
    const copy: Stamped<T> = { ...codec.unflatten(flat), stamps: {} };
    for (const [key, s] of Object.entries(removed)) if (!flat.has(key)) copy.stamps[key] = s;
    for (const key of flat.keys()) copy.stamps[key] = stampOf(key);
    return copy;
  });
}

const plan = stamped(planCodec, rawPlan, ['targetRung', 'a:q-one:improve:owner', 'a:q-two:find-out:status', 'a:q-three:improve:addedAt']);
const milestone: fc.Arbitrary<Milestone> = fc.record({
  id: fc.constantFrom('m-a', 'm-b', 'm-c'),
  label: fc.constantFrom('', 'Q1', 'Before the campaign'),
  savedAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'),
  answers: fc.dictionary(fc.constantFrom('q-one', 'q-two'), fc.constantFrom(0 as const, 2 as const, 4 as const, 'dont-know' as const)),
  notes: fc.dictionary(fc.constantFrom('q-one'), fc.constantFrom('A note')),
  plan: rawPlan,
});
const milestones = stamped(
  milestonesCodec,
  fc.uniqueArray(milestone, { selector: (m) => m.id, maxLength: 3 }).map((list): MilestoneList => ({ milestones: list })),
  ['m:m-a', 'm:m-b'],
);

function mergeLaws<T>(name: string, codec: StoreCodec<T>, arbitrary: fc.Arbitrary<Stamped<T>>) {
  const merge = (a: Stamped<T>, b: Stamped<T>) => mergeStamped(codec, a, b);
  describe(`merging two tabs’ copies of the ${name}`, () => {
    it('is commutative, associative and idempotent, so tabs agree whatever order they sync in', () => {
      fc.assert(
        fc.property(arbitrary, arbitrary, arbitrary, (a, b, c) => {
          expect(merge(a, b)).toEqual(merge(b, a));
          expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)));
          expect(merge(a, a)).toEqual(a);
        }),
        { numRuns: 300 },
      );
    });

    it('reads back exactly what it saved', () => {
      fc.assert(
        fc.property(arbitrary, (a) => {
          const read = readStored(codec, serializeStored(codec, a));
          expect(read.notice).toBeNull();
          expect(read.data).toEqual(a);
        }),
      );
    });

    it('restoring a copy from a file loses nothing that is here', () => {
      fc.assert(
        fc.property(arbitrary, arbitrary, (here, file) => {
          const restored = codec.flatten(mergeRestoring(codec, here, file));
          for (const key of codec.flatten(here).keys()) expect(restored.has(key)).toBe(true);
          for (const key of codec.flatten(file).keys()) expect(restored.has(key)).toBe(true);
        }),
      );
    });
  });
}

mergeLaws('plan', planCodec, plan);
mergeLaws('milestones', milestonesCodec, milestones);

describe('a plan edited in two tabs', () => {
  it('keeps both edits when they touch different fields of one action', () => {
    const base: SavedPlan = {
      targetRung: null,
      targetDate: '',
      actions: { 'q-one:improve': { questionId: 'q-one', kind: 'improve', owner: '', due: '', status: 'todo', effort: '', note: '', addedAt: '2026-01-01T00:00:00.000Z' } },
      stamps: { 'a:q-one:improve:addedAt': 10 },
    };
    const a: SavedPlan = { ...base, actions: { 'q-one:improve': { ...base.actions['q-one:improve']!, owner: 'Ana' } }, stamps: { ...base.stamps, 'a:q-one:improve:owner': 20 } };
    const b: SavedPlan = { ...base, actions: { 'q-one:improve': { ...base.actions['q-one:improve']!, status: 'done' } }, stamps: { ...base.stamps, 'a:q-one:improve:status': 30 } };
    expect(mergeStamped(planCodec, a, b).actions['q-one:improve']).toMatchObject({ owner: 'Ana', status: 'done' });
  });

  it('keeps a deletion made later than the other tab’s last edit', () => {
    const withAction: SavedPlan = {
      targetRung: 3,
      targetDate: '',
      actions: { 'q-two:find-out': { questionId: 'q-two', kind: 'find-out', owner: 'Ben', due: '', status: 'todo', effort: '', note: '', addedAt: '2026-01-01T00:00:00.000Z' } },
      stamps: { targetRung: 5, 'a:q-two:find-out:owner': 5, 'a:q-two:find-out:addedAt': 5 },
    };
    const deleted: SavedPlan = { targetRung: 3, targetDate: '', actions: {}, stamps: { targetRung: 5, 'a:q-two:find-out:owner': 9, 'a:q-two:find-out:addedAt': 9 } };
    expect(mergeStamped(planCodec, withAction, deleted).actions).toEqual({});
  });
});

describe('damaged saved data', () => {
  it('keeps the well-formed actions of a plan and counts what it dropped', () => {
    const read = readStored(
      planCodec,
      JSON.stringify({
        state: { targetRung: 'high', actions: { 'q-one:improve': { status: 'done', due: '2026-02-30', owner: 'Ana' }, 'nope': {}, 'q-two:dream': {} } },
        version: 1,
      }),
    );
    expect(read.notice).toBe('corrupt');
    expect(read.data?.actions['q-one:improve']).toMatchObject({ status: 'done', due: '', owner: 'Ana' });
    expect(Object.keys(read.data!.actions)).toEqual(['q-one:improve']);
  });

  it('salvages milestones from a write cut short', () => {
    const full = serializeStored(milestonesCodec, {
      milestones: [
        { id: 'm-a', label: 'Q1', savedAt: '2026-01-01T00:00:00.000Z', answers: { 'q-one': 2 }, notes: {}, plan: { targetRung: null, targetDate: '', actions: {} } },
        { id: 'm-b', label: 'Q2', savedAt: '2026-04-01T00:00:00.000Z', answers: { 'q-one': 3 }, notes: {}, plan: { targetRung: null, targetDate: '', actions: {} } },
      ],
      stamps: {},
    } as SavedMilestones);
    const read = readStored(milestonesCodec, full.slice(0, full.indexOf('m-b') + 20));
    expect(read.notice).toBe('corrupt');
    expect(read.data?.milestones.map((m) => m.label)).toEqual(['Q1']);
  });
});
