import type { Answers } from '../engine/answers';
import { assess } from '../engine/assess';
import type { ModelStructure } from '../engine/model-types';
import { loadContentTexts } from '../model/content-texts';
import { model } from '../model/structure';
import { compareAssessments } from '../portability/compare-assessments';
import { type Agreement, summarizeWorkshop, type WorkshopParticipant } from '../portability/workshop';
import { EMPTY_PROFILE, type Profile } from '../state/profile';
import type { BuildReportInput } from './build-report';
import type { ReportStrings } from './report-model';
import { saveBlob } from '../browser/save-download';

// The same lazy locale chunks i18next loads: report strings of any language, without switching the app.
const reportLocales = import.meta.glob<ReportStrings>('../i18n/locales/*/report.json', { import: 'default' });

interface CommonReportOptions {
  /** The report's language; it may differ from the app's. */
  lang: string;
  /** Defaults to the bundled model. */
  structure?: ModelStructure;
  /** Defaults to now. */
  generatedAt?: Date;
}

/** An earlier assessment file to compare with; it is only read, never stored. */
export interface EarlierAssessment {
  answers: Answers;
  /** When it was last changed (or exported), as written in the file. */
  date: string | Date;
  fileName: string;
}

/** The report of this browser's assessment. */
export interface AssessmentReportOptions extends CommonReportOptions {
  answers: Answers;
  notes: Readonly<Record<string, string | undefined>>;
  profile: Profile;
  /** Adds "Progress since <date>" to the report. */
  earlier?: EarlierAssessment;
}

/** The report of a workshop: the group's agreed answers, how many took part and where they disagreed. */
export interface WorkshopReportOptions extends CommonReportOptions {
  workshop: {
    title: string;
    /** Their names never reach the report: only their answers and how many they are. */
    participants: readonly WorkshopParticipant[];
    agreements: Readonly<Record<string, Agreement | undefined>>;
  };
}

export type DownloadReportOptions = AssessmentReportOptions | WorkshopReportOptions;

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

type ReportModules = [typeof import('./build-report'), typeof import('./render-pdf')];
let reportModules: Promise<ReportModules> | undefined;

/**
 * Starts fetching the report code (jsPDF, the fonts, the report builder), e.g. when the pointer
 * nears the button, so the click only has to build and draw; safe to call often.
 */
export function preloadReportRenderer(): Promise<ReportModules> {
  reportModules ??= Promise.all([import('./build-report'), import('./render-pdf')]).catch((error: unknown) => {
    reportModules = undefined; // let a later attempt retry a failed network fetch
    throw error;
  });
  return reportModules;
}

/** Builds and renders the report without saving it: for the download below, and for tests. */
export async function createReport(options: DownloadReportOptions): Promise<{ blob: Blob; fileName: string }> {
  const { lang, structure = model, generatedAt = new Date() } = options;
  const [[{ buildReport }, { renderReportPdf }], texts, strings] = await Promise.all([
    preloadReportRenderer(),
    loadContentTexts(lang),
    loadReportStrings(lang),
  ]);
  const report = buildReport({ ...reportSubject(options, structure), structure, texts, strings, generatedAt, lang });
  return { blob: await renderReportPdf(report), fileName: report.fileName };
}

type ReportSubject = Pick<BuildReportInput, 'result' | 'answers' | 'notes' | 'profile' | 'workshop' | 'progress'>;

/** What the report is about: one assessment (perhaps against an earlier one), or a workshop's agreed answers. */
function reportSubject(options: DownloadReportOptions, structure: ModelStructure): ReportSubject {
  if ('workshop' in options) {
    const { title, participants, agreements } = options.workshop;
    const summary = summarizeWorkshop(structure, participants, agreements);
    // The reasons behind agreed answers are the workshop's notes.
    const reasons = Object.fromEntries(Object.entries(agreements).map(([id, agreement]) => [id, agreement?.reason]));
    return {
      result: summary.result,
      answers: summary.agreedAnswers,
      notes: reasons,
      profile: EMPTY_PROFILE,
      workshop: { title, participantCount: summary.participantCount, disagreements: summary.disagreements },
    };
  }
  const { answers, notes, profile, earlier } = options;
  return {
    result: assess(structure, answers),
    answers,
    notes,
    profile,
    progress: earlier && {
      comparison: compareAssessments(structure, earlier.answers, answers),
      date: new Date(earlier.date),
      fileName: earlier.fileName,
    },
  };
}

/** Generates the PDF report in the given language, downloads it and returns its file name. */
export async function downloadReport(options: DownloadReportOptions): Promise<string> {
  const { blob, fileName } = await createReport(options);
  saveBlob(blob, fileName);
  return fileName;
}
