// A large store saves once its change is on screen (`writes: 'after-frame'`), several changes in one write, and never
// loses one: a page hidden or left, or another tab's change, saves what is waiting first (src/state/persisted-store.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkshopStore, WORKSHOP_STORAGE_KEY } from '../../src/features/workshop/workshop-store';
import { counterClock, MemoryStorage } from './memory-storage';

const person = (name: string) => ({ name, source: 'device' as const, fileName: '', answers: {}, fingerprint: '' });
const savedNames = (storage: Storage) =>
  (JSON.parse(storage.getItem(WORKSHOP_STORAGE_KEY) ?? '{"state":{"participants":[]}}') as { state: { participants: { name: string }[] } }).state.participants.map((p) => p.name);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

afterEach(() => vi.restoreAllMocks());

describe('saving after the frame', () => {
  it('changes the state at once and saves once the frame is painted, three changes in one write', async () => {
    const storage = new MemoryStorage();
    const store = createWorkshopStore({ storage, now: counterClock(), writes: 'after-frame' });
    const before = storage.writes;
    for (const name of ['Ana', 'Ben', 'Cai']) store.getState().addParticipant(person(name));
    expect(store.getState().participants.map((p) => p.name)).toEqual(['Ana', 'Ben', 'Cai']);
    expect(storage.writes).toBe(before);
    await nextFrame();
    await nextFrame();
    expect(savedNames(storage)).toEqual(['Ana', 'Ben', 'Cai']);
    expect(storage.writes).toBe(before + 1);
  });

  it('saves what is waiting when the page is hidden or left', () => {
    for (const leave of [() => window.dispatchEvent(new Event('pagehide')), () => {
      vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      document.dispatchEvent(new Event('visibilitychange'));
    }]) {
      const storage = new MemoryStorage();
      const store = createWorkshopStore({ storage, now: counterClock(), writes: 'after-frame' });
      store.getState().addParticipant(person('Ana'));
      expect(savedNames(storage)).toEqual([]);
      leave();
      expect(savedNames(storage)).toEqual(['Ana']);
    }
  });

  it('keeps its change waiting and the other tab’s when it takes the other tab’s in', () => {
    const storage = new MemoryStorage();
    const clock = counterClock();
    const here = createWorkshopStore({ storage, now: clock, writes: 'after-frame' });
    const there = createWorkshopStore({ storage, now: clock });
    here.getState().addParticipant(person('Ana'));
    there.getState().addParticipant(person('Ben'));
    here.syncFromStorage();
    expect(here.getState().participants.map((p) => p.name).sort()).toEqual(['Ana', 'Ben']);
    expect(savedNames(storage).sort()).toEqual(['Ana', 'Ben']);
  });
});
