// Text helpers shared by every report section builder and the renderer: no jsPDF, no i18next.

export type Values = Record<string, string | number>;

/** Fills {{name}} placeholders in one pass, so text typed by users is never read as a placeholder. */
export function interpolate(template: string, values: Values = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

/** Picks key_zero / key_one / key_other the way i18next does, so report.json stays usable by react-i18next. */
export function plural(group: object, key: string, count: number, lang: string, values: Values = {}): string {
  const entries = group as Record<string, string | undefined>;
  const zero = count === 0 ? entries[`${key}_zero`] : undefined;
  const template = zero ?? entries[`${key}_${new Intl.PluralRules(lang).select(count)}`] ?? entries[`${key}_other`] ?? '';
  return interpolate(template, { count, ...values });
}

/** Keeps what a user typed as plain text: Unicode-normalised, line breaks kept, control characters dropped. */
export function cleanUserText(text: string | undefined): string {
  return (text ?? '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\p{Cc}\p{Cs}\p{Co}\u2028\u2029]/gu, (char) => (char === '\n' ? '\n' : ''))
    .trim();
}

/** A name typed by a user (organisation, workshop title, file name) on one line. */
export function cleanUserLine(text: string | undefined): string {
  return cleanUserText(text).replace(/\s+/g, ' ');
}

/** Fills the footer's page label once the page count is known. */
export function formatPageLabel(template: string, page: number, total: number): string {
  return interpolate(template, { page, total });
}
