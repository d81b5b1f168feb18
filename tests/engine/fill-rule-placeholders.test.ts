import { describe, expect, it } from 'vitest';
import { MAX_LEVEL } from '../../src/engine/answers';
import { fillRulePlaceholders } from '../../src/engine/fill-rule-placeholders';
import { findUnknownPlaceholders, RULE_PLACEHOLDERS } from '../../src/engine/rule-placeholders';
import { DISAGREEMENT_SPREAD } from '../../src/engine/summarize-workshop';
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

  it("fills the essential floor, the weight range, the scale's top level and the workshop's disagreement spread", () => {
    const rules = { ...RULES, essentialFloor: 1, weight: { min: 2, max: 5 } };
    expect(fillRulePlaceholders('{essentialFloor} {weightMin}-{weightMax} /{topLevel} ±{disagreementSpread}', rules, 'es')).toBe(
      `1 2-5 /${MAX_LEVEL} ±${DISAGREEMENT_SPREAD}`,
    );
  });

  it('fills every placeholder it lists, leaving no brace behind', () => {
    const text = RULE_PLACEHOLDERS.map((key) => `{${key}}`).join(' ');
    for (const lang of ['es', 'en']) expect(fillRulePlaceholders(text, RULES, lang)).not.toMatch(/[{}]/);
  });
});

describe('findUnknownPlaceholders', () => {
  it('names the {words} the app would leave as written, in order', () => {
    expect(findUnknownPlaceholders('{gapBelow} {essentialFlor} {achievedScore} {spread}')).toEqual(['essentialFlor', 'spread']);
  });

  it('finds none in a text that only uses known placeholders or no braces', () => {
    expect(findUnknownPlaceholders('Level {essentialFloor} of {topLevel}; 2/3, no braces.')).toEqual([]);
  });
});
