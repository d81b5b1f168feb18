import { describe, expect, it } from 'vitest';
import { fingerprintAssessment, isDuplicateFile } from '../../src/portability/assessment-fingerprint';

describe('the duplicate-file rule of a workshop', () => {
  const exportedAt = '2025-03-14T09:30:00.000Z';

  it('gives the same file the same fingerprint, whatever the order of its answers', () => {
    expect(fingerprintAssessment(exportedAt, { 'a-b': 3, 'c-d': 'dont-know' })).toBe(fingerprintAssessment(exportedAt, { 'c-d': 'dont-know', 'a-b': 3 }));
  });

  it('tells apart another export time and other answers', () => {
    const print = fingerprintAssessment(exportedAt, { 'a-b': 3 });
    expect(fingerprintAssessment('2025-03-14T09:31:00.000Z', { 'a-b': 3 })).not.toBe(print);
    expect(fingerprintAssessment(exportedAt, { 'a-b': 2 })).not.toBe(print);
    expect(fingerprintAssessment(exportedAt, { 'a-b': 3, 'c-d': 1 })).not.toBe(print);
  });

  it('finds a duplicate among the imported files only', () => {
    const print = fingerprintAssessment(exportedAt, { 'a-b': 3 });
    expect(isDuplicateFile(print, [{ fingerprint: '' }, { fingerprint: print }])).toBe(true);
    expect(isDuplicateFile(print, [{ fingerprint: '' }, { fingerprint: fingerprintAssessment(exportedAt, { 'a-b': 4 }) }])).toBe(false);
    expect(isDuplicateFile(print, [])).toBe(false);
  });
});
