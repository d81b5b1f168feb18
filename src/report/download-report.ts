import { loadContentTexts } from '../model/content-texts';
import { loadLevelDescriptors } from '../model/level-descriptors';
import { model } from '../model/structure';
import type { ProfileNames } from './build-report';
import type { ReportStrings } from './report-model';
import type { DownloadReportOptions } from './report-subject';
import { cachedImport } from '../browser/cached-import';
import { saveBlob } from '../browser/save-download';

export type { DownloadReportOptions } from './report-subject';

// The same lazy locale chunks i18next loads: report strings of any language, without switching the app.
const reportLocales = import.meta.glob<ReportStrings>('../i18n/locales/*/report.json', { import: 'default' });

// The sector and size names of the profile form, for the cover.
const profileLocales = import.meta.glob<ProfileNames>('../i18n/locales/*/profile.json', { import: 'default' });

/** Languages that have report strings. */
export const reportLanguages: string[] = Object.keys(reportLocales)
  .map((path) => path.split('/').at(-2)!)
  .sort();

/** Loads one language's report strings (a lazy chunk). */
export async function loadReportStrings(lang: string): Promise<ReportStrings> {
  const load = reportLocales[`../i18n/locales/${lang}/report.json`];
  if (!load) throw new Error(`No report strings in language '${lang}'`);
  return load();
}

async function loadProfileNames(lang: string): Promise<ProfileNames> {
  const load = profileLocales[`../i18n/locales/${lang}/profile.json`];
  if (!load) throw new Error(`No profile strings in language '${lang}'`);
  return load();
}

const reportModules = cachedImport(() =>
  Promise.all([import('./build-report'), import('./render-pdf'), import('./report-subject'), import('../i18n/report-translator')]),
);

/**
 * Starts fetching the report code (jsPDF, the fonts, the report builder and what it is built from), e.g. when the pointer
 * nears the button, so the click only has to build and draw; safe to call often.
 */
export function preloadReportRenderer(): ReturnType<typeof reportModules> {
  return reportModules();
}

/** Builds and renders the report without saving it: for the download below, and for tests. */
export async function createReport(options: DownloadReportOptions): Promise<{ blob: Blob; fileName: string }> {
  const { lang, structure = model, generatedAt = new Date() } = options;
  const [[{ buildReport }, { renderReportPdf }, { reportSubject }, { createReportTranslator }], texts, levelDescriptors, strings, profileNames] =
    await Promise.all([
      preloadReportRenderer(),
      loadContentTexts(lang),
      loadLevelDescriptors(lang),
      loadReportStrings(lang),
      loadProfileNames(lang),
    ]);
  const t = createReportTranslator(lang, strings);
  const { edition, branding } = options;
  const report = buildReport({
    ...reportSubject(options, structure),
    structure,
    texts,
    levelDescriptors,
    t,
    profileNames,
    generatedAt,
    lang,
    edition,
    branding,
  });
  return { blob: await renderReportPdf(report), fileName: report.fileName };
}

/** Generates the PDF report in the given language, downloads it and returns its file name. */
export async function downloadReport(options: DownloadReportOptions): Promise<string> {
  const { blob, fileName } = await createReport(options);
  saveBlob(blob, fileName);
  return fileName;
}
