// Text helpers shared by every report section builder and the renderer: no jsPDF, no i18next.
import type { ReportStrings } from './report-model';

export type Values = Record<string, string | number>;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type KeyName<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
type KeyPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${KeyName<K>}` : KeyPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A report.json key, dotted, without its plural suffix: `summary.indexCaption` for indexCaption_one/_other. */
export type ReportKey = KeyPaths<ReportStrings>;

/**
 * One language's report sentences, filled i18next's way: `{{name}}` values, `count` picking the _zero/_one/_other
 * form, `context` the _up/_down variant. Made by i18n/report-translator and passed in, so the report imports no i18next.
 */
export type ReportTranslate = (key: ReportKey, values?: Values & { count?: number; context?: string }) => string;

/** Fills {{name}} placeholders in one pass, so text typed by users is never read as a placeholder. */
export function interpolate(template: string, values: Values = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
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
