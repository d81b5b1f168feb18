import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DONT_KNOW, NOT_APPLICABLE } from '../../src/engine/answers';
import { createAssessmentStore, STORAGE_KEY } from '../../src/state/assessment-store';
import { RECOVERED_KEY_PREFIX } from '../../src/state/safe-storage';
import { counterClock, MemoryStorage } from './memory-storage';
import { MODEL } from '../engine/fixture';

const open = (storage: Storage | null) => createAssessmentStore({ storage, now: counterClock() });
const savedState = (storage: Storage) => JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as { state: { answers: Record<string, unknown> }; version: number };
const recoveredKeys = (storage: MemoryStorage) => storage.keys().filter((k) => k.startsWith(RECOVERED_KEY_PREFIX));

const V1 = JSON.stringify({
  state: { answers: { 'listen-a': 3, 'plan-b': 'dont-know' }, notes: { 'listen-a': 'Hootsuite' }, profile: { organization: 'Acme', sector: 'retail', size: '10-49', role: '' }, startedAt: '2025-01-01T10:00:00.000Z', updatedAt: '2025-01-02T10:00:00.000Z' },
  version: 1,
});

describe('saving answers', () => {
  it('saves every change at once, with the version', () => {
    const storage = new MemoryStorage();
    const store = open(storage);
    store.getState().setAnswer('listen-a', 2);
    expect(savedState(storage)).toMatchObject({ state: { answers: { 'listen-a': 2 } }, version: 2 });
    expect(open(storage).getState().answers).toEqual({ 'listen-a': 2 });
  });
});

describe('saved data from another version or damaged', () => {
  it('migrates version 1 keeping every answer, note and profile field, keeps the original and says so', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, V1);
    const store = open(storage);
    expect(store.getState()).toMatchObject({ answers: { 'listen-a': 3, 'plan-b': DONT_KNOW }, notes: { 'listen-a': 'Hootsuite' }, profile: { organization: 'Acme', sector: 'retail' } });
    expect(store.status.getState().recoveries).toEqual([expect.objectContaining({ notice: 'older', raw: V1, answers: 2 })]);
    expect(recoveredKeys(storage).map((k) => storage.getItem(k))).toEqual([V1]);
    // Saved in the new shape at once, so the next start is clean.
    expect(savedState(storage).version).toBe(2);
    expect(open(storage).status.getState().recoveries).toEqual([]);
  });

  it('starts on damaged JSON (a write cut short), recovers the answers it can read and keeps the original', () => {
    const storage = new MemoryStorage();
    const raw = '{"state":{"answers":{"listen-a":4,"plan-b":1,"voice-c":';
    storage.setItem(STORAGE_KEY, raw);
    const store = open(storage);
    expect(store.getState().answers).toEqual({ 'listen-a': 4, 'plan-b': 1 });
    expect(store.status.getState().recoveries).toEqual([expect.objectContaining({ notice: 'corrupt', raw, answers: 2 })]);
    expect(recoveredKeys(storage).map((k) => storage.getItem(k))).toEqual([raw]);
  });

  it('drops only the fields that make no sense, and reports it', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ state: { answers: { 'listen-a': 9, 'plan-b': 2 }, notes: [], profile: { sector: 'space' } }, version: 2 }));
    const store = open(storage);
    expect(store.getState().answers).toEqual({ 'plan-b': 2 });
    expect(store.status.getState().recoveries[0]).toMatchObject({ notice: 'corrupt', answers: 1 });
  });

  it('keeps data written by a newer version untouched aside, and uses what it understands', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ state: { answers: { 'listen-a': 1 }, scenarios: [{ id: 'x' }] }, version: 7 });
    storage.setItem(STORAGE_KEY, raw);
    const store = open(storage);
    expect(store.getState().answers).toEqual({ 'listen-a': 1 });
    expect(store.status.getState().recoveries).toEqual([expect.objectContaining({ notice: 'newer', raw, answers: 1 })]);
    expect(recoveredKeys(storage).map((k) => storage.getItem(k))).toEqual([raw]);
  });

  it('never overwrites damaged data it could not keep a copy of (storage full)', () => {
    const raw = '{"state":{"answers":{"listen-a":4,';
    const storage = new MemoryStorage(STORAGE_KEY.length + raw.length + 10);
    storage.setItem(STORAGE_KEY, raw);
    const store = open(storage);
    store.getState().setAnswer('plan-b', 3);
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect(store.getState().answers).toEqual({ 'listen-a': 4, 'plan-b': 3 });
    expect(store.status.getState()).toMatchObject({ problem: 'full', recoveries: [expect.objectContaining({ raw, copyKey: null })] });
  });
});

describe('storage unavailable or full', () => {
  it('works in memory when there is no storage, and says answers are not saved', () => {
    const store = open(null);
    store.getState().setAnswer('listen-a', 3);
    expect(store.getState().answers).toEqual({ 'listen-a': 3 });
    expect(store.status.getState().problem).toBe('unavailable');
  });

  it('works in memory when storage is full, warns, and saves again once there is room', () => {
    const storage = new MemoryStorage(60);
    const store = open(storage);
    store.getState().setAnswer('listen-a', 3);
    expect(store.getState().answers).toEqual({ 'listen-a': 3 });
    expect(store.status.getState().problem).toBe('full');
    storage.quota = Infinity;
    store.getState().setAnswer('plan-b', 1);
    expect(store.status.getState().problem).toBeNull();
    expect(savedState(storage).state.answers).toEqual({ 'listen-a': 3, 'plan-b': 1 });
  });

  it('works when reading storage throws (some private modes)', () => {
    const storage = new MemoryStorage();
    storage.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const store = open(storage);
    store.getState().setAnswer('listen-a', 3);
    expect(store.getState().answers).toEqual({ 'listen-a': 3 });
  });
});

describe('the same assessment in two tabs', () => {
  const twoTabs = () => {
    const storage = new MemoryStorage();
    const clock = counterClock();
    const a = createAssessmentStore({ storage, now: clock });
    const b = createAssessmentStore({ storage, now: clock });
    return { storage, a, b };
  };

  it('keeps an answer given in each tab, even before either has heard of the other', () => {
    const { storage, a, b } = twoTabs();
    a.getState().setAnswer('listen-a', 1);
    b.getState().setAnswer('plan-b', 2);
    // B saved after A without having seen A's answer: the save merges, it does not overwrite.
    expect(savedState(storage).state.answers).toEqual({ 'listen-a': 1, 'plan-b': 2 });
    a.syncFromStorage();
    b.syncFromStorage();
    expect(a.getState().answers).toEqual({ 'listen-a': 1, 'plan-b': 2 });
    expect(b.getState().answers).toEqual(a.getState().answers);
  });

  it('does not bring back an answer cleared, or a start-over made, in the other tab', () => {
    const { a, b } = twoTabs();
    a.getState().setAnswer('listen-a', 1);
    b.syncFromStorage();
    b.getState().clearAnswer('listen-a');
    a.syncFromStorage();
    expect(a.getState().answers).toEqual({});
    a.getState().setAnswer('plan-b', 4);
    b.syncFromStorage();
    b.getState().reset();
    a.syncFromStorage();
    expect(a.getState().answers).toEqual({});
  });

  it('stops saving, without overwriting, once a newer version saved from another tab', () => {
    const { storage, a } = twoTabs();
    a.getState().setAnswer('listen-a', 1);
    const newer = JSON.stringify({ state: { answers: { 'listen-a': 2 } }, version: 3 });
    storage.setItem(STORAGE_KEY, newer);
    a.syncFromStorage();
    a.getState().setAnswer('plan-b', 2);
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
    expect(a.status.getState().problem).toBe('newer-elsewhere');
    expect(a.getState().answers).toEqual({ 'listen-a': 1, 'plan-b': 2 });
  });

  it('never loses an answer, whatever the order of changes and syncs (each tab ends with the latest of each)', () => {
    const id = fc.constantFrom('q1', 'q2', 'q3', 'q4');
    const op = fc.oneof(
      fc.record({ tab: fc.constantFrom('a', 'b'), kind: fc.constant('set' as const), id, value: fc.constantFrom(0, 1, 2, 3, 4) }),
      fc.record({ tab: fc.constantFrom('a', 'b'), kind: fc.constant('clear' as const), id }),
      fc.record({ tab: fc.constantFrom('a', 'b'), kind: fc.constant('sync' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { a, b } = twoTabs();
        const tabs = { a, b };
        const latest = new Map<string, number | undefined>();
        for (const o of ops) {
          const tab = tabs[o.tab];
          if (o.kind === 'sync') tab.syncFromStorage();
          else if (o.kind === 'set') {
            // As with a radio button: choosing the value already shown changes nothing.
            if (tab.getState().answers[o.id] === o.value) continue;
            tab.getState().setAnswer(o.id, o.value as 0);
            latest.set(o.id, o.value);
          } else if (o.id in tab.getState().answers) {
            tab.getState().clearAnswer(o.id);
            latest.set(o.id, undefined);
          }
        }
        a.syncFromStorage();
        b.syncFromStorage();
        const expected = Object.fromEntries([...latest].filter(([, v]) => v !== undefined));
        expect(a.getState().answers).toEqual(expected);
        expect(b.getState().answers).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('"doesn\'t apply"', () => {
  // s1-b is conditional in this copy of the engine's small model; s1-a is not.
  const model = {
    stages: MODEL.stages.map((stage) => ({ ...stage, questions: stage.questions.map((q) => ({ ...q, conditional: q.id === 's1-b' })) })),
  };

  it('is stored and saved on a conditional question, and refused (nothing changes) on any other', () => {
    const storage = new MemoryStorage();
    const store = createAssessmentStore({ storage, now: counterClock(), model });
    expect(store.getState().setAnswer('s1-b', NOT_APPLICABLE)).toBe(true);
    expect(store.getState().setAnswer('s1-a', NOT_APPLICABLE)).toBe(false);
    expect(store.getState().setAnswer('unknown-question', NOT_APPLICABLE)).toBe(false);
    expect(store.getState().answers).toEqual({ 's1-b': NOT_APPLICABLE });
    expect(savedState(storage).state.answers).toEqual({ 's1-b': NOT_APPLICABLE });
    expect(createAssessmentStore({ storage, now: counterClock(), model }).getState().answers).toEqual({ 's1-b': NOT_APPLICABLE });
  });
});
