import { afterEach, describe, expect, it, vi } from 'vitest';
import { openQuietStorage } from '../../src/state/safe-storage';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('openQuietStorage', () => {
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
