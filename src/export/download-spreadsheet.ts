// The spreadsheet export on click: its code (the XLSX writer above all) is a lazy chunk, never in the first page.
import type { Answers } from '../engine/answers';
import type { SpreadsheetPlan } from '../engine/build-spreadsheet';
import { loadContentTexts } from '../model/content-texts';
import { model } from '../model/structure';
import { loadReportStrings } from '../report/download-report';
import { cachedImport } from '../browser/cached-import';
import { saveBlob } from '../browser/save-download';
import type { SpreadsheetFormat } from './create-spreadsheet';

export type { SpreadsheetFormat } from './create-spreadsheet';

export interface DownloadSpreadsheetOptions {
  format: SpreadsheetFormat;
  /** The spreadsheet's language (the app's). */
  lang: string;
  answers: Answers;
  notes: Readonly<Record<string, string | undefined>>;
  organization: string;
  /** Adds the plan sheet to the workbook. */
  plan?: SpreadsheetPlan;
  generatedAt?: Date;
}

const spreadsheetModule = cachedImport(() => import('./create-spreadsheet'));

/** Starts fetching the export's code (e.g. when the pointer nears the button); safe to call often. */
export function preloadSpreadsheetWriter(): Promise<unknown> {
  return spreadsheetModule();
}

/** Builds the file without saving it: for the download below, and for tests and the bench. */
export async function createSpreadsheetFile(options: DownloadSpreadsheetOptions): Promise<{ blob: Blob; fileName: string }> {
  const { lang, generatedAt = new Date() } = options;
  const [{ createSpreadsheet }, texts, strings] = await Promise.all([spreadsheetModule(), loadContentTexts(lang), loadReportStrings(lang)]);
  return createSpreadsheet({ ...options, structure: model, texts, strings, generatedAt });
}

/** Builds the spreadsheet, saves it and returns its file name. */
export async function downloadSpreadsheet(options: DownloadSpreadsheetOptions): Promise<string> {
  const { blob, fileName } = await createSpreadsheetFile(options);
  saveBlob(blob, fileName);
  return fileName;
}
