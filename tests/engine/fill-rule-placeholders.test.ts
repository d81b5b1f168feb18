import { describe, expect, it } from 'vitest';
import { fillRulePlaceholders } from '../../src/engine/fill-rule-placeholders';
import { RULES } from './fixture';

describe('fillRulePlaceholders', () => {
  it("fills the model's thresholds into a methodology text", () => {
    const text = 'Rated from {ratedCoverage}, achieved at {achievedScore}, gaps below {gapBelow}.';
    expect(fillRulePlaceholders(text, RULES, 'en')).toBe('Rated from 67%, achieved at 75%, gaps below 3.');
  });

  // Both thresholds are percentages written by the one number format (whole numbers, "75 %" / "75%").
  it('formats both thresholds as percentages for the language', () => {
    const rules = { ...RULES, achievedScore: 80, ratedCoverage: { numerator: 3, denominator: 4 } };
    expect(fillRulePlaceholders('{achievedScore} · {ratedCoverage}', rules, 'es')).toBe('80\u00a0% · 75\u00a0%');
    expect(fillRulePlaceholders('{achievedScore} · {ratedCoverage}', rules, 'en')).toBe('80% · 75%');
  });

  it('replaces every occurrence and leaves other braces alone', () => {
    expect(fillRulePlaceholders('{gapBelow}/{gapBelow} {unknown} {achievedScore', RULES, 'en')).toBe('3/3 {unknown} {achievedScore');
  });

  it('leaves a text without placeholders unchanged', () => {
    expect(fillRulePlaceholders('No numbers here.', RULES, 'es')).toBe('No numbers here.');
  });
});
