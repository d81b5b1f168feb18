import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { model } from '../../src/model/structure';
import { emptyAssessment, type PersistedAssessment, storageStatus, useAssessmentStore } from '../../src/state/assessment-store';
import { assessmentTarget, BACKUPS_KEY, snapshotAssessment, startOver, undoAssessmentReplace } from '../../src/state/backups';
import { EMPTY_PROFILE } from '../../src/engine/profile';
import { emptyPlan } from '../../src/engine/action-plan';
import {
  cancelReplace,
  commitReplace,
  prepareReplace,
  readBackups,
  replaceNow,
  restoreKeptCopy,
  undoReplace,
} from '../../src/state/replace-with-undo';
import { RECOVERED_KEY_PREFIX } from '../../src/state/safe-storage';
import { MemoryStorage } from './memory-storage';

const [q1, q2, q3] = model.stages[0]!.questions.map((q) => q.id) as [string, string, string];
const assessment = (organization: string, answers: PersistedAssessment['answers'], notes: Record<string, string> = {}): PersistedAssessment => ({
  ...emptyAssessment(),
  answers,
  notes,
  profile: { ...EMPTY_PROFILE, organization },
  startedAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
});
const X = assessment('X-org', { [q1]: 3, [q2]: 4, [q3]: 2 });
const Y = assessment('Y-old-org', { [q1]: 1 });
const Z = assessment('Z-org', { [q1]: 0, [q2]: 0 });
/** An older backup, as earlier versions wrote them (no id). */
const olderBackupY = JSON.stringify([{ savedAt: '2024-03-01T10:00:00.000Z', reason: 'import', data: Y }]);

/** The copy kept before a replace: the assessment with its plan and milestones (here none), so an undo puts all of it back. */
const withWork = (a: PersistedAssessment) => ({ ...a, plan: emptyPlan(), milestones: [] });
const recoveredKeys = (storage: MemoryStorage) => storage.keys().filter((k) => k.startsWith(RECOVERED_KEY_PREFIX));
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

beforeEach(() => {
  useAssessmentStore.setState(X);
  storageStatus.setState({ recoveries: [] });
});
afterEach(() => {
  vi.restoreAllMocks();
  useAssessmentStore.setState(emptyAssessment());
  storageStatus.setState({ recoveries: [] });
});

describe('replace with undo', () => {
  it('replace then undo puts the previous assessment back exactly', () => {
    const storage = new MemoryStorage();
    const target = assessmentTarget(() => storage);
    const handle = prepareReplace(target, 'import');
    expect(handle.kept).toBe(true);
    const done = commitReplace(target, handle, Z);
    expect(snapshotAssessment()).toEqual(Z);
    expect(undoReplace(target, done)).toBe(true);
    expect(snapshotAssessment()).toEqual(X);
  });

  // Regression (review F1, variant): with setItem throwing and no older backup, undo said "is back" and changed nothing.
  it('with setItem throwing, says beforehand that no copy is kept, and undo still brings back the assessment from before', () => {
    const storage = new MemoryStorage();
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw quotaError();
    });
    const target = assessmentTarget(() => storage);
    const handle = prepareReplace(target, 'import');
    expect(handle.kept).toBe(false);
    const done = commitReplace(target, handle, Z);
    expect(snapshotAssessment()).toEqual(Z);
    expect(undoReplace(target, done)).toBe(true);
    expect(snapshotAssessment()).toEqual(X);
  });

  // Regression (review F1): with storage full, undo restored an older, unrelated backup Y and it was then saved over X.
  it('with an older unrelated backup Y present and storage refusing the copy, undo brings back X, never Y', () => {
    const storage = new MemoryStorage();
    storage.setItem(BACKUPS_KEY, olderBackupY);
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw quotaError();
    });
    const target = assessmentTarget(() => storage);
    const done = commitReplace(target, prepareReplace(target, 'import'), Z);
    expect(undoReplace(target, done)).toBe(true);
    expect(snapshotAssessment()).toEqual(X);
    expect(snapshotAssessment().profile.organization).not.toBe('Y-old-org');
  });

  // Regression (review F1, real quota): small writes fit, the copy of a large assessment does not.
  it('with a real quota that takes small writes but refuses the copy, says no copy is kept, and undo brings back X, not Y', () => {
    const bigX = assessment('X-org', X.answers, { [q1]: 'n'.repeat(2_000) });
    useAssessmentStore.setState(bigX);
    const storage = new MemoryStorage(olderBackupY.length + BACKUPS_KEY.length + 1_000);
    storage.setItem(BACKUPS_KEY, olderBackupY);
    storage.setItem('other-tool.cache', 'x'.repeat(500));
    const target = assessmentTarget(() => storage);
    const handle = prepareReplace(target, 'import');
    expect(handle.kept).toBe(false);
    expect(storage.getItem(BACKUPS_KEY)).toBe(olderBackupY);
    const done = commitReplace(target, handle, Z);
    expect(undoReplace(target, done)).toBe(true);
    expect(snapshotAssessment()).toEqual(bigX);
    // Once there is room, a replace keeps its copy again (the quota test storage works).
    storage.removeItem('other-tool.cache');
    storage.quota = Infinity;
    expect(prepareReplace(target, 'import').kept).toBe(true);
  });

  // Regression: with storage blocked by the browser, reading window.localStorage threw and start-over/import failed outright.
  it('with storage blocked by the browser, replacing neither throws nor loses the undo', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const target = assessmentTarget();
    let done = null as ReturnType<typeof replaceNow<PersistedAssessment>> | null;
    expect(() => (done = replaceNow(target, emptyAssessment(), 'start-over'))).not.toThrow();
    expect(done!.kept).toBe(false);
    expect(useAssessmentStore.getState().answers).toEqual({});
    expect(undoReplace(target, done)).toBe(true);
    expect(snapshotAssessment()).toEqual(X);
  });

  it('says plainly when there is nothing to undo', () => {
    expect(undoReplace(assessmentTarget(() => new MemoryStorage()), null)).toBe(false);
    expect(snapshotAssessment()).toEqual(X);
  });

  it('keeps an identified copy in storage, and cancelling takes it out again, leaving older copies alone', () => {
    const storage = new MemoryStorage();
    storage.setItem(BACKUPS_KEY, olderBackupY);
    const target = assessmentTarget(() => storage);
    const handle = prepareReplace(target, 'import');
    expect(readBackups(target, storage).entries.map((e) => e.id)).toEqual([handle.id, undefined]);
    expect(readBackups(target, storage).entries[0]!.data).toEqual(withWork(X));
    cancelReplace(target, handle);
    expect(readBackups(target, storage).entries.map((e) => e.data)).toEqual([Y]);
    expect(snapshotAssessment()).toEqual(X);
  });

  it('undoes to the state at the moment of replacing, when it changed while the user was asked', () => {
    const storage = new MemoryStorage();
    const target = assessmentTarget(() => storage);
    const handle = prepareReplace(target, 'import');
    const later = { ...X, answers: { ...X.answers, [q3]: 4 as const } };
    useAssessmentStore.setState(later);
    const done = commitReplace(target, handle, Z);
    expect(readBackups(target, storage).entries.find((e) => e.id === handle.id)!.data).toEqual(withWork(later));
    undoReplace(target, done);
    expect(snapshotAssessment()).toEqual(later);
  });

  it('restores a kept copy by its id only: an unknown id restores nothing, never the newest copy', () => {
    const storage = new MemoryStorage();
    storage.setItem(BACKUPS_KEY, olderBackupY);
    const target = assessmentTarget(() => storage);
    const { id } = replaceNow(target, Z, 'import');
    expect(restoreKeptCopy(target, 'b-unknown')).toBe(false);
    expect(snapshotAssessment()).toEqual(Z);
    expect(restoreKeptCopy(target, id)).toBe(true);
    expect(snapshotAssessment()).toEqual(X);
  });
});

describe('start over', () => {
  it('is undone exactly, from memory during the visit', () => {
    const id = startOver();
    expect(snapshotAssessment().answers).toEqual({});
    expect(undoAssessmentReplace(id)).toBe(true);
    expect(snapshotAssessment()).toEqual(X);
  });

  it('after a reload (memory gone) is undone from its own copy; with another id or none, says it cannot', () => {
    localStorage.setItem(BACKUPS_KEY, olderBackupY);
    const id = startOver();
    expect(undoAssessmentReplace('b-another')).toBe(false); // also forgets the in-memory handle, as a reload would
    expect(snapshotAssessment().answers).toEqual({});
    expect(undoAssessmentReplace(undefined)).toBe(false);
    expect(undoAssessmentReplace(id)).toBe(true);
    expect(snapshotAssessment()).toEqual(X);
  });
});

describe('a damaged backups key', () => {
  const damagedCases: [string, string, PersistedAssessment[]][] = [
    ['unparseable', '[{"savedAt":"2024-03-01', []],
    ['not a list', JSON.stringify({ savedAt: '2024-03-01T10:00:00.000Z', data: Y }), []],
    ['holding entries that are not backups', JSON.stringify([{ savedAt: '2024-03-01T10:00:00.000Z', reason: 'import', data: Y }, 'junk', { data: { answers: 7 } }]), [Y]],
  ];
  for (const [name, raw, valid] of damagedCases) {
    // Regression (review F6): a damaged backups key was replaced silently, losing its older entries.
    it(`${name}: its raw text is kept aside and reported, and its valid entries are kept`, () => {
      const storage = new MemoryStorage();
      storage.setItem(BACKUPS_KEY, raw);
      const target = assessmentTarget(() => storage);
      const handle = prepareReplace(target, 'import');
      expect(handle.kept).toBe(true);
      const [copyKey] = recoveredKeys(storage);
      expect(copyKey).toBeDefined();
      expect(storage.getItem(copyKey!)).toBe(raw);
      const { recoveries } = storageStatus.getState();
      expect(recoveries).toHaveLength(1);
      expect(recoveries[0]).toMatchObject({ raw, copyKey, notice: 'corrupt' });
      expect(readBackups(target, storage).entries.map((e) => e.data)).toEqual([withWork(X), ...valid]);
      // Reported and copied once, not at every replace.
      prepareReplace(target, 'import');
      expect(recoveredKeys(storage)).toHaveLength(1);
      expect(storageStatus.getState().recoveries).toHaveLength(1);
    });
  }

  it('when even the copy aside cannot be kept, the damaged key is left untouched and no copy is promised', () => {
    const raw = '{not json';
    const storage = new MemoryStorage(BACKUPS_KEY.length + raw.length + 10);
    storage.setItem(BACKUPS_KEY, raw);
    const target = assessmentTarget(() => storage);
    const handle = prepareReplace(target, 'import');
    expect(handle.kept).toBe(false);
    expect(storage.getItem(BACKUPS_KEY)).toBe(raw);
    expect(storageStatus.getState().recoveries).toMatchObject([{ raw, copyKey: null }]);
    const done = commitReplace(target, handle, Z);
    expect(undoReplace(target, done)).toBe(true);
    expect(snapshotAssessment()).toEqual(X);
  });
});
