// The languages the app ships, by their own names: Intl.DisplayNames loads locale data on first use, ~20 ms on the
// first render of every page (~80 ms on a phone's CPU).
const OWN_NAMES: Record<string, string> = { es: 'Español', en: 'English' };

/** A language's own name ("Español", "English"), capitalised; works for any language without a bundle. */
export function languageName(lang: string): string {
  const known = OWN_NAMES[lang];
  if (known) return known;
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
