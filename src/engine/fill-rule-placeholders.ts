import type { ScoringRules } from './model-types';
import { formatPercent } from './number-format';

/**
 * Replaces {achievedScore}, {ratedCoverage} and {gapBelow} in methodology texts with the model's
 * numbers, so a consultant who tunes a threshold never leaves the explanation stale.
 */
export function fillRulePlaceholders(text: string, rules: ScoringRules, lang: string): string {
  const { numerator, denominator } = rules.ratedCoverage;
  // Both thresholds are written as percentages by the one number format the app and the PDF share.
  const values: Record<string, string> = {
    achievedScore: formatPercent(rules.achievedScore, lang),
    ratedCoverage: formatPercent((100 * numerator) / denominator, lang),
    gapBelow: String(rules.gapBelow),
  };
  return text.replace(/\{(achievedScore|ratedCoverage|gapBelow)\}/g, (_, key: string) => values[key] ?? _);
}
