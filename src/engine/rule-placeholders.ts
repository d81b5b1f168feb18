/**
 * The placeholders a methodology text may use, each filled with a number of the model by
 * fillRulePlaceholders (content/methodology.yaml lists them too). Kept free of imports: the content
 * check, which Vite's config loads, reads this list.
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
export const PLACEHOLDER_PATTERN = /\{([A-Za-z]\w*)\}/g;
const KNOWN = new Set<string>(RULE_PLACEHOLDERS);

export function isRulePlaceholder(key: string): key is RulePlaceholder {
  return KNOWN.has(key);
}

/** The `{names}` in a text that are not placeholders the app fills, in order of appearance (the content check reports them). */
export function findUnknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]!).filter((key) => !KNOWN.has(key));
}
