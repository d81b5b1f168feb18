import { afterEach, describe, expect, it, vi } from 'vitest';
import { ASSESSMENT_STORAGE_KEY } from '../../src/state/assessment-storage-key';
import { assessmentStoreHasNews } from '../../src/state/assessment-store-loader';

afterEach(() => {
  vi.restoreAllMocks();
});

// The first page loads the assessment store only when it has something to show or say (issue 12, the first page's bytes).
describe('whether the assessment store has news at start', () => {
  it('none on a first visit: nothing saved and a storage that saves', () => {
    expect(assessmentStoreHasNews()).toBe(false);
  });

  it('saved work (or damaged data to recover) is news', () => {
    localStorage.setItem(ASSESSMENT_STORAGE_KEY, '{"state":');
    expect(assessmentStoreHasNews()).toBe(true);
  });

  it('a storage that refuses writes is news: the store must say answers are not being saved', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(assessmentStoreHasNews()).toBe(true);
  });

  it('a storage that cannot be opened is news', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(assessmentStoreHasNews()).toBe(true);
  });
});
