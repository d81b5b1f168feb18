/** Scores are shown rounded to whole percentages, with the language's number format. */
export function formatScore(score: number | null, lang: string, none = '—'): string {
  if (score === null) return none;
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(score)} %`;
}
