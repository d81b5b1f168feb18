import { describe, expect, it } from 'vitest';
import { createParticipationStore, PARTICIPATION_STORAGE_KEY } from '../../../src/features/join/participation-store';
import { participationCodec } from '../../../src/engine/saved-participation';
import { mergeStamped } from '../../../src/engine/stamped-data';
import { createStorageStatus } from '../../../src/state/safe-storage';
import { LINK_NOTE_MAX_LENGTH } from '../../../src/portability/share-link';
import { MemoryStorage } from '../../state/memory-storage';

describe('the participation store (participant mode)', () => {
  it('keeps each workshop apart and away from the assessment, and reads back what it saved', () => {
    const storage = new MemoryStorage();
    const store = createParticipationStore({ storage });
    const s = store.getState();
    s.join('k1', { title: 'Taller A', roles: ['Bodega'] });
    s.setName('k1', 'Ana');
    s.setRole('k1', 'Bodega');
    s.setAnswer('k1', 'q-uno', 3);
    s.setNote('k1', 'q-uno', 'x'.repeat(LINK_NOTE_MAX_LENGTH + 50));
    s.join('k2', { title: 'Taller B', roles: [] });
    s.setAnswer('k2', 'q-uno', 'dont-know');
    expect(storage.getItem('peldano.assessment')).toBeNull();
    const again = createParticipationStore({ storage }).getState();
    expect(again.workshops.k1).toEqual({ title: 'Taller A', roles: ['Bodega'], name: 'Ana', role: 'Bodega', answers: { 'q-uno': 3 }, notes: { 'q-uno': 'x'.repeat(LINK_NOTE_MAX_LENGTH) } });
    expect(again.workshops.k2?.answers).toEqual({ 'q-uno': 'dont-know' });
    expect(storage.getItem(PARTICIPATION_STORAGE_KEY)).toContain('Taller B');
  });

  it('merges answers given in two tabs question by question', () => {
    const one = createParticipationStore({ storage: null, now: () => 10 });
    const two = createParticipationStore({ storage: null, now: () => 20 });
    one.getState().setAnswer('k', 'q-uno', 1);
    two.getState().setAnswer('k', 'q-dos', 2);
    const merged = mergeStamped(participationCodec, one.snapshot(), two.snapshot());
    expect(merged.workshops.k?.answers).toEqual({ 'q-uno': 1, 'q-dos': 2 });
  });

  it('recovers what it can of damaged data, keeps the original aside and says so', () => {
    const storage = new MemoryStorage();
    storage.setItem(PARTICIPATION_STORAGE_KEY, '{"state":{"workshops":{"k1":{"name":"Ana","answers":{"q-uno":3,"q-dos":9}},"bad key!":{}}},"version":1}');
    const status = createStorageStatus();
    const store = createParticipationStore({ storage, status });
    expect(store.getState().workshops).toEqual({ k1: { title: '', roles: [], name: 'Ana', role: '', answers: { 'q-uno': 3 }, notes: {} } });
    expect(status.getState().recoveries).toHaveLength(1);
    expect([...Array(storage.length).keys()].map((i) => storage.key(i)).some((key) => key?.startsWith('peldano.recovered.'))).toBe(true);
  });

  it('with storage refused, keeps working in memory and reports it', () => {
    const storage = new MemoryStorage(10);
    const status = createStorageStatus();
    const store = createParticipationStore({ storage, status });
    store.getState().setAnswer('k', 'q-uno', 4);
    expect(store.getState().workshops.k?.answers).toEqual({ 'q-uno': 4 });
    expect(status.getState().problem).toBe('full');
  });
});
