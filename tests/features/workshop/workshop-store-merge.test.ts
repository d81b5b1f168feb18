import { describe, expect, it } from 'vitest';
import { createWorkshopStore, WORKSHOP_STORAGE_KEY } from '../../../src/features/workshop/workshop-store';
import { RECOVERED_KEY_PREFIX } from '../../../src/state/safe-storage';
import { NAME_MAX_LENGTH, REASON_MAX_LENGTH } from '../../../src/engine/limits';
import { counterClock, MemoryStorage } from '../../state/memory-storage';

const twoTabs = () => {
  const storage = new MemoryStorage();
  const clock = counterClock();
  const open = () => createWorkshopStore({ storage, now: clock });
  return { storage, open, a: open(), b: open() };
};
const saved = (storage: Storage) => JSON.parse(storage.getItem(WORKSHOP_STORAGE_KEY) ?? 'null') as { state: { title: string; participants: { name: string; answers: Record<string, unknown> }[]; agreements: Record<string, { reason?: string }> }; version: number };
const summary = (store: ReturnType<typeof createWorkshopStore>) => store.getState().participants.map((p) => `${p.name}:${Object.keys(p.answers).length}`);
const recoveredKeys = (storage: MemoryStorage) => storage.keys().filter((k) => k.startsWith(RECOVERED_KEY_PREFIX));
const person = (name: string) => ({ name, source: 'device' as const, fileName: '', answers: {}, fingerprint: '' });

describe('the same workshop in two tabs', () => {
  // Regression (issue 11, item 2): the last tab to write replaced the whole workshop.
  it('keeps participants added in each tab, and the name typed in one of them', () => {
    const { storage, open, a, b } = twoTabs();
    a.getState().setTitle('Taller de marzo');
    const ana = a.getState().addParticipant(person('Ana'));
    for (const q of ['q-one', 'q-two', 'q-three']) a.getState().setParticipantAnswer(ana, q, 2);
    // B never heard of A's changes: its saves merge rather than overwrite.
    const ben = b.getState().addParticipant(person('Ben'));
    for (const q of ['q-one', 'q-two', 'q-three']) b.getState().setParticipantAnswer(ben, q, 3);
    const reopened = open();
    expect(reopened.getState().title).toBe('Taller de marzo');
    expect(summary(reopened).sort()).toEqual(['Ana:3', 'Ben:3']);
    a.syncFromStorage();
    b.syncFromStorage();
    expect(summary(a)).toEqual(summary(b));
    // Added at the same time, so both took number 1: the tabs agree on new, distinct numbers.
    expect(new Set(a.getState().participants.map((p) => p.number)).size).toBe(2);
    expect(a.getState().participants.map((p) => p.number)).toEqual(b.getState().participants.map((p) => p.number));
    expect(saved(storage).version).toBe(2);
  });

  // Regression (issue 11, item 2): two participants answering in two tabs; one lost all answers.
  it('keeps the answers of two participants answering at once in two tabs', () => {
    const { open, a, b } = twoTabs();
    const ana = a.getState().addParticipant(person('Ana'));
    const ben = a.getState().addParticipant(person('Ben'));
    b.syncFromStorage();
    const questions = ['q-1', 'q-2', 'q-3', 'q-4', 'q-5', 'q-6'];
    for (const q of questions) {
      a.getState().setParticipantAnswer(ana, q, 1);
      b.getState().setParticipantAnswer(ben, q, 4);
    }
    expect(summary(open())).toEqual(['Ana:6', 'Ben:6']);
  });

  // Regression (issue 11, item 2): the room view's reason deleted a participant; her next answer deleted the reason.
  it('keeps the room view’s reason and a participant’s turn in another tab', () => {
    const { storage, a: room, b: turn } = twoTabs();
    room.getState().addParticipant(person('Ana'));
    room.getState().addParticipant(person('Ben'));
    turn.syncFromStorage();
    const carla = turn.getState().addParticipant(person('Carla'));
    for (const q of ['q-1', 'q-2', 'q-3', 'q-4', 'q-5', 'q-6']) turn.getState().setParticipantAnswer(carla, q, 2);
    room.getState().setReason('q-1', 'We agreed after discussion');
    expect(saved(storage).state.participants.map((p) => p.name)).toEqual(['Ana', 'Ben', 'Carla']);
    turn.getState().setParticipantAnswer(carla, 'q-7', 3);
    expect(saved(storage).state.agreements['q-1']?.reason).toBe('We agreed after discussion');
    room.syncFromStorage();
    turn.syncFromStorage();
    expect(summary(room)).toEqual(['Ana:0', 'Ben:0', 'Carla:7']);
    expect(turn.getState().agreements).toEqual(room.getState().agreements);
  });

  it('does not bring back a participant removed, or a workshop cleared, in the other tab', () => {
    const { a, b } = twoTabs();
    const ana = a.getState().addParticipant(person('Ana'));
    b.syncFromStorage();
    b.getState().removeParticipant(ana);
    a.syncFromStorage();
    expect(a.getState().participants).toEqual([]);
    a.getState().setTitle('Otro');
    a.getState().addParticipant(person('Luis'));
    b.syncFromStorage();
    b.getState().reset();
    a.syncFromStorage();
    expect(a.getState()).toMatchObject({ title: '', participants: [] });
  });

  // Regression (issue 14): a turn ended in the participant's tab stayed in the room's tab, which saved it back,
  // so the room stayed locked in both.
  it('ends a turn in every tab when the facilitator ends it in one', () => {
    const { open, a: room, b: turn } = twoTabs();
    const carla = turn.getState().addParticipant(person('Carla'));
    turn.getState().startTurn(carla);
    room.syncFromStorage();
    expect(room.getState().turn).toBe(carla);
    turn.getState().endTurn();
    room.syncFromStorage();
    expect(room.getState().turn).toBeUndefined();
    // The room's next save (an agreed answer) does not bring the turn back.
    room.getState().setReason('q-one', 'We agreed');
    turn.syncFromStorage();
    expect(turn.getState().turn).toBeUndefined();
    expect(open().getState().turn).toBeUndefined();
  });

  it('loads a workshop file saved during a turn with every answer, and without locking this device', () => {
    const { a: during, b: here } = twoTabs();
    const carla = during.getState().addParticipant(person('Carla'));
    during.getState().startTurn(carla);
    during.getState().setParticipantAnswer(carla, 'q-one', 3);
    const file = during.snapshot();
    const fresh = createWorkshopStore({ storage: new MemoryStorage(), now: counterClock() });
    fresh.getState().restoreWorkshop(file);
    expect(summary(fresh)).toEqual(['Carla:1']);
    expect(fresh.getState().turn).toBeUndefined();
    // A turn already running here is not ended by a file either.
    here.syncFromStorage();
    here.getState().restoreWorkshop({ ...file, turn: undefined });
    expect(here.getState().turn).toBe(carla);
  });
});

describe('a saved workshop that cannot be taken as it is', () => {
  const validState = {
    title: 'Taller',
    participants: [
      { id: 'p-1', name: 'Ana', number: 1, source: 'device', fileName: '', answers: { 'q-1': 3, 'q-2': 7 }, addedAt: '2026-11-01T10:00:00.000Z', fingerprint: '' },
      { id: 'p-2', name: 'Ben', number: 2, source: 'device', fileName: '', answers: { 'q-1': 1 }, addedAt: '2026-11-01T10:01:00.000Z', fingerprint: '' },
    ],
    agreements: { 'q-1': { answer: 2, reason: 'Agreed' } },
  };

  // Regression (issue 11, item 4): an answer of 7 threw the whole workshop away, and the next change overwrote it.
  it('drops only the bad answer, keeps the original aside and says so', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ state: validState, version: 1 });
    storage.setItem(WORKSHOP_STORAGE_KEY, raw);
    const store = createWorkshopStore({ storage, now: counterClock() });
    expect(store.getState()).toMatchObject({ title: 'Taller', agreements: { 'q-1': { answer: 2, reason: 'Agreed' } } });
    expect(summary(store)).toEqual(['Ana:1', 'Ben:1']);
    expect(store.status.getState().recoveries).toEqual([expect.objectContaining({ notice: 'corrupt', raw, answers: 2 })]);
    expect(recoveredKeys(storage).map((k) => storage.getItem(k))).toEqual([raw]);
  });

  // Regression (issue 11, item 4): a workshop cut short was dropped.
  it('recovers the participants it can read from a write cut short, keeping the original', () => {
    const storage = new MemoryStorage();
    const full = JSON.stringify({ state: { ...validState, participants: [{ ...validState.participants[1]! }, { ...validState.participants[0]!, id: 'p-3', number: 3 }] }, version: 2 });
    const raw = full.slice(0, full.indexOf('"p-3"') + 20);
    storage.setItem(WORKSHOP_STORAGE_KEY, raw);
    const store = createWorkshopStore({ storage, now: counterClock() });
    expect(store.getState().title).toBe('Taller');
    expect(store.getState().participants.map((p) => p.name)).toContain('Ben');
    expect(store.status.getState().recoveries).toEqual([expect.objectContaining({ notice: 'corrupt', raw })]);
    expect(recoveredKeys(storage).map((k) => storage.getItem(k))).toEqual([raw]);
  });

  // Regression (issue 11, item 4): data from a newer version was dropped, then overwritten.
  it('keeps a workshop from a newer version untouched and stops saving over it', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ state: validState, version: 3 });
    storage.setItem(WORKSHOP_STORAGE_KEY, raw);
    const store = createWorkshopStore({ storage, now: counterClock() });
    expect(store.status.getState().recoveries).toEqual([expect.objectContaining({ notice: 'newer', raw })]);
    expect(summary(store)).toEqual(['Ana:1', 'Ben:1']);
  });

  // Regression (issue 11, item 5): over-long names and reasons were cut silently at the next change.
  it('keeps the original of over-long texts aside and says which were shortened', () => {
    const storage = new MemoryStorage();
    const long = {
      ...validState,
      title: 'T'.repeat(NAME_MAX_LENGTH + 20),
      participants: [{ ...validState.participants[1]!, name: 'N'.repeat(500) }],
      agreements: { 'q-1': { reason: 'R'.repeat(REASON_MAX_LENGTH + 1) } },
    };
    const raw = JSON.stringify({ state: long, version: 2 });
    storage.setItem(WORKSHOP_STORAGE_KEY, raw);
    const store = createWorkshopStore({ storage, now: counterClock() });
    expect(store.getState().title).toHaveLength(NAME_MAX_LENGTH);
    expect(store.status.getState().recoveries).toEqual([
      expect.objectContaining({ notice: 'shortened', raw, shortened: expect.arrayContaining(['title', 'participantName', 'reason']) }),
    ]);
    expect(recoveredKeys(storage).map((k) => storage.getItem(k))).toEqual([raw]);
  });

  // Regression (issue 11, item 3): a full storage lost the workshop's changes without a word.
  it('says when storage refuses to save the workshop, and keeps working in memory', () => {
    const storage = new MemoryStorage(100);
    const store = createWorkshopStore({ storage, now: counterClock() });
    const carla = store.getState().addParticipant(person('Carla'));
    store.getState().setParticipantAnswer(carla, 'q-1', 2);
    expect(store.getState().participants).toHaveLength(1);
    expect(store.status.getState().problem).toBe('full');
  });
});
