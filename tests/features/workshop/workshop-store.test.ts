import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWorkshopStore } from '../../../src/features/workshop/workshop-store';

afterEach(() => {
  vi.restoreAllMocks();
  useWorkshopStore.getState().reset();
});

describe('the workshop store', () => {
  // Regression: the workshop store wrote through plain localStorage, so a full storage threw out of every action.
  it('with storage full, a workshop change still happens and nothing throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(() => useWorkshopStore.getState().setTitle('Taller de marzo')).not.toThrow();
    expect(useWorkshopStore.getState().title).toBe('Taller de marzo');
  });
});
