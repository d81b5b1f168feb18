// File names for what the app saves (reports, assessment files, recovered data): readable, ASCII, dated.
// Letters that Unicode decomposition leaves whole but that have an obvious ASCII spelling.
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const MAX_SLUG_LENGTH = 60;

/** Reduces a name typed by the user to lowercase ASCII words joined by hyphens ("«Ñandú & Cía.»" → "nandu-cia"). */
export function slugifyOrganization(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{ASCII}]/gu, (char) => LETTERS[char] ?? '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Cut at a word boundary when there is one, so the name does not end mid-word.
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** The local calendar date as yyyy-mm-dd. */
export function formatIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * "<prefix>-<organisation>-<yyyy-mm-dd>.<extension>"; the organisation part is left out when it has no safe characters,
 * and loses its first words when they repeat the prefix's last ("peldano-taller" + "Taller Bodegas" → "peldano-taller-bodegas").
 */
export function buildFileName(prefix: string, organization: string, date: Date, extension: string): string {
  const name = dropRepeatedWords(prefix, slugifyOrganization(organization));
  return `${[prefix, name, formatIsoDate(date)].filter(Boolean).join('-')}.${extension}`;
}

/** The slug without the longest run of leading words that the prefix already ends with. */
function dropRepeatedWords(prefix: string, slug: string): string {
  const prefixWords = prefix.split('-');
  const slugWords = slug.split('-');
  for (let length = Math.min(prefixWords.length, slugWords.length); length > 0; length--) {
    if (prefixWords.slice(-length).join('-') === slugWords.slice(0, length).join('-')) return slugWords.slice(length).join('-');
  }
  return slug;
}
