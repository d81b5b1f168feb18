/** Picks the first language: a remembered choice, else the browser's, else Spanish. */
export const FALLBACK_LANGUAGE = 'es';

/** Where the person's choice of language is remembered (localStorage). */
export const LANGUAGE_KEY = 'peldano.language';

export function pickLanguage(
  supported: readonly string[],
  stored: string | null | undefined,
  browserLanguages: readonly string[],
): string {
  if (stored && supported.includes(stored)) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary && supported.includes(primary)) return primary;
  }
  return supported.includes(FALLBACK_LANGUAGE) ? FALLBACK_LANGUAGE : (supported[0] ?? FALLBACK_LANGUAGE);
}
