import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWorkshopStore } from '../../src/features/workshop/workshop-store';
import { openQuietStorage } from '../../src/state/safe-storage';

afterEach(() => {
  vi.restoreAllMocks();
  useWorkshopStore.getState().reset();
});

describe('openQuietStorage', () => {
  // Regression: the workshop store wrote through plain localStorage, so a full storage threw out of every action.
  it('with storage full, a workshop change still happens and nothing throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(() => useWorkshopStore.getState().setTitle('Taller de marzo')).not.toThrow();
    expect(useWorkshopStore.getState().title).toBe('Taller de marzo');
  });

  it('with storage blocked, keeps values in this page’s memory', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const storage = openQuietStorage();
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
    storage.removeItem('k');
    expect(storage.getItem('k')).toBeNull();
  });
});
