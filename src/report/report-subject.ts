// What a report is about, from what the button passes: one assessment (perhaps against an earlier one) or a
// workshop. Pure, and loaded with the report builder on click, so no screen carries scoring it does not show.
import type { Answers } from '../engine/answers';
import { assess } from '../engine/assess';
import type { ModelStructure } from '../engine/model-types';
import { compareAssessments } from '../engine/compare-assessments';
import { type Agreement, summarizeWorkshop, type WorkshopParticipant } from '../engine/summarize-workshop';
import { EMPTY_PROFILE, type Profile } from '../engine/profile';
import type { BuildReportInput } from './build-report';
import type { BrandingData } from '../engine/saved-branding';
import type { ReportEdition } from './report-model';

interface CommonReportOptions {
  /** The report's language; it may differ from the app's. */
  lang: string;
  /** Defaults to the bundled model. */
  structure?: ModelStructure;
  /** Defaults to now. */
  generatedAt?: Date;
  /** Executive or full; defaults to full. */
  edition?: ReportEdition;
  /** The consultant's branding, when one is set on this laptop. */
  branding?: BrandingData;
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

export type ReportSubject = Pick<BuildReportInput, 'result' | 'answers' | 'notes' | 'profile' | 'workshop' | 'progress'>;

/** What the report is about: one assessment (perhaps against an earlier one), or a workshop's agreed answers. */
export function reportSubject(options: DownloadReportOptions, structure: ModelStructure): ReportSubject {
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
      workshop: { title, participantCount: summary.participantCount, disagreements: summary.disagreements, stages: summary.stages },
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
