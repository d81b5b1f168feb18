import { MAX_LEVEL } from './answers';
import type { ScoringRules } from './model-types';
import { formatPercent } from './number-format';
import { DISAGREEMENT_SPREAD } from './summarize-workshop';

/**
 * The placeholders a methodology text may use, each filled with a number of the model, so a consultant
 * who tunes a threshold never leaves the explanation stale (content/methodology.yaml lists them too).
 */
export const RULE_PLACEHOLDERS = [
  'achievedScore',
  'ratedCoverage',
  'gapBelow',
  'essentialFloor',
  'weightMin',
  'weightMax',
  'topLevel',
  'disagreementSpread',
] as const;
export type RulePlaceholder = (typeof RULE_PLACEHOLDERS)[number];

/** `{name}`: a word in braces, as content writes a placeholder. */
const PLACEHOLDER = /\{([A-Za-z]\w*)\}/g;
const KNOWN = new Set<string>(RULE_PLACEHOLDERS);

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

/** Replaces every known `{placeholder}` in a methodology text with the model's number; anything else is left as written. */
export function fillRulePlaceholders(text: string, rules: ScoringRules, lang: string): string {
  const values = rulePlaceholderValues(rules, lang);
  return text.replace(PLACEHOLDER, (whole, key: string) => (KNOWN.has(key) ? values[key as RulePlaceholder] : whole));
}

/** The `{names}` in a text that are not placeholders the app fills, in order of appearance (the content check reports them). */
export function findUnknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!).filter((key) => !KNOWN.has(key));
}
