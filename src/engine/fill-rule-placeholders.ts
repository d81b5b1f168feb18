import { MAX_LEVEL } from './answers';
import type { ScoringRules } from './model-types';
import { formatPercent } from './number-format';
import { isRulePlaceholder, PLACEHOLDER_PATTERN, type RulePlaceholder } from './rule-placeholders';
import { DISAGREEMENT_SPREAD } from './summarize-workshop';

/** The value of each placeholder for a language: thresholds as percentages by the shared number format, levels as numbers. */
export function rulePlaceholderValues(rules: ScoringRules, lang: string): Record<RulePlaceholder, string> {
  const { numerator, denominator } = rules.ratedCoverage;
  return {
    achievedScore: formatPercent(rules.achievedScore, lang),
    ratedCoverage: formatPercent((100 * numerator) / denominator, lang),
    gapBelow: String(rules.gapBelow),
    essentialFloor: String(rules.essentialFloor),
    weightMin: String(rules.weight.min),
    weightMax: String(rules.weight.max),
    topLevel: String(MAX_LEVEL),
    disagreementSpread: String(DISAGREEMENT_SPREAD),
  };
}

/**
 * Replaces every known `{placeholder}` in a methodology text with the model's number, so a consultant who
 * tunes a threshold never leaves the explanation stale; anything else is left as written (the content check
 * rejects it).
 */
export function fillRulePlaceholders(text: string, rules: ScoringRules, lang: string): string {
  const values = rulePlaceholderValues(rules, lang);
  return text.replace(PLACEHOLDER_PATTERN, (whole, key: string) => (isRulePlaceholder(key) ? values[key] : whole));
}
