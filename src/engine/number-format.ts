/**
 * How the app and the PDF write numbers: one module, so a score reads the same on screen and on paper.
 * Percentages and the 0-100 index are whole numbers, written the language's way ("57 %" with a no-break
 * space in Spanish, "57%" in English). Whole numbers never put a stage on the wrong side of a threshold
 * with the model's weights (tests/engine/number-format.test.ts checks every reachable score and coverage).
 */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: string, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${lang}|${key}`;
  let format = cache.get(id);
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    cache.set(id, format);
  }
  return format;
}

/** A 0-100 value as a whole percentage: "57 %" (es), "57%" (en). */
export function formatPercent(value: number, lang: string): string {
  return formatter(lang, 'percent', { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}

/** A stage score, coverage or the index (0-100) as a percentage, or `none` when there is none. */
export function formatScore(score: number | null, lang: string, none = '—'): string {
  return score === null ? none : formatPercent(score, lang);
}

/** A 0-100 value as a whole number without the sign, for texts that say "57 of 100". */
export function formatWhole(value: number, lang: string): string {
  return formatter(lang, 'whole', { maximumFractionDigits: 0 }).format(value);
}

/** A change in percentage points as shown: rounded to a whole number, so "0" means no visible change. */
export function roundPoints(change: number): number {
  const points = Math.round(change);
  return points === 0 ? 0 : points; // never -0
}

/** A change in percentage points with its sign: "+12", "-3", "0". */
export function formatSignedPoints(change: number, lang: string): string {
  return formatter(lang, 'signed', { signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(roundPoints(change));
}

/** A mean of answers on the 0-4 scale: one decimal, since a whole number would hide most of the spread. */
export function formatAnswerMean(mean: number, lang: string): string {
  return formatter(lang, 'mean', { maximumFractionDigits: 1 }).format(mean);
}
