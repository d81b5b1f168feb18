// Everything the spreadsheet export needs once the user clicks: the builder, the labels and the writers (one lazy chunk).
import type { Answers } from '../engine/answers';
import { assess } from '../engine/assess';
import { buildSpreadsheet, type SpreadsheetPlan } from '../engine/build-spreadsheet';
import type { ContentTexts, ModelStructure } from '../engine/model-types';
import { createReportTranslator } from '../i18n/report-translator';
import type { ReportStrings } from '../report/report-model';
import { buildFileName } from '../browser/file-name';
import { spreadsheetLabels } from './spreadsheet-labels';
import { writeCsv } from './write-csv';
import { writeXlsx } from './write-xlsx';

export type SpreadsheetFormat = 'xlsx' | 'csv';

export interface CreateSpreadsheetInput {
  format: SpreadsheetFormat;
  lang: string;
  structure: ModelStructure;
  texts: ContentTexts;
  strings: ReportStrings;
  answers: Answers;
  notes: Readonly<Record<string, string | undefined>>;
  organization: string;
  plan?: SpreadsheetPlan;
  generatedAt: Date;
}

/**
 * The XLSX workbook (summary, answers, stages, roadmap and the plan when there is one), or the CSV of the answers
 * sheet alone: CSV has one table per file, and the answers are what people filter and pivot; the workbook has the rest.
 */
export async function createSpreadsheet(input: CreateSpreadsheetInput): Promise<{ blob: Blob; fileName: string }> {
  const { format, lang, structure, texts, strings, answers, notes, organization, plan, generatedAt } = input;
  const t = createReportTranslator(lang, strings);
  const spreadsheet = buildSpreadsheet({
    structure,
    result: assess(structure, answers),
    texts,
    answers,
    notes,
    plan,
    labels: spreadsheetLabels(t),
    subject: { organization: organization.trim(), date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(generatedAt) },
  });
  const fileName = buildFileName(t('spreadsheet.fileNamePrefix'), organization, generatedAt, format);
  if (format === 'xlsx') return { blob: await writeXlsx(spreadsheet), fileName };
  const answersSheet = spreadsheet.sheets.find((sheet) => sheet.id === 'answers')!;
  return { blob: new Blob([writeCsv(answersSheet)], { type: 'text/csv;charset=utf-8' }), fileName };
}
