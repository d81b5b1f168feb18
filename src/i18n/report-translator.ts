// The report's own i18next instance: sentences in the report's language, which may differ from the app's.
import { createInstance } from 'i18next';
import type { ReportStrings } from '../report/report-model';
import type { ReportTranslate } from '../report/report-text';

/** Fills report.json's templates with i18next (interpolation, plurals, context), synchronously. */
export function createReportTranslator(lang: string, strings: ReportStrings): ReportTranslate {
  const i18n = createInstance();
  void i18n.init({
    lng: lang,
    fallbackLng: false,
    ns: ['report'],
    defaultNS: 'report',
    resources: { [lang]: { report: strings } },
    initAsync: false,
    // A PDF is not HTML; and text a user typed is a value, never a template: no nesting ($t) inside it.
    interpolation: { escapeValue: false, skipOnVariables: true },
    returnNull: false,
  });
  // The app's typed keys (i18next.d.ts) describe its own instance; this one is typed by ReportKey instead.
  const t = i18n.getFixedT(lang) as unknown as (key: string, options: object) => string;
  return (key, values) => t(key, { ...values, nest: false });
}
