import type { ScoringRules } from './model-types';

/**
 * Replaces {achievedScore}, {ratedCoverage} and {gapBelow} in methodology texts with the model's
 * numbers, so a consultant who tunes a threshold never leaves the explanation stale.
 */
export function fillRulePlaceholders(text: string, rules: ScoringRules, lang: string): string {
  const { numerator, denominator } = rules.ratedCoverage;
  const coverage = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format((100 * numerator) / denominator);
  const values: Record<string, string> = {
    achievedScore: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(rules.achievedScore),
    ratedCoverage: `${coverage} %`,
    gapBelow: String(rules.gapBelow),
  };
  return text.replace(/\{(achievedScore|ratedCoverage|gapBelow)\}/g, (_, key: string) => values[key] ?? _);
}
