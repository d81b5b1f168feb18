import type { Answers } from '../engine/answers';
import type { AssessmentResult } from '../engine/assess';
import type { ContentTexts, ModelStructure } from '../engine/model-types';
import type { Profile } from '../engine/profile';
import type { ActionPlan } from '../engine/action-plan';
import { todayLocal } from '../engine/clock';
import { buildCover, buildDocumentInfo, identifyReport, type ProfileNames } from './build-cover';
import { buildDetailSection } from './build-detail-section';
import { buildMethodologySection } from './build-methodology-section';
import { buildLadderFigure, buildProfileSection } from './build-profile-section';
import { buildProgressSection, type ProgressReportInput } from './build-progress-section';
import { buildRoadmapSection } from './build-roadmap-section';
import { buildSummarySection } from './build-summary-section';
import { buildWorkshopSection, type WorkshopReportInput } from './build-workshop-section';
import { createReportBasis } from './report-basis';
import type { ReportModel } from './report-model';
import type { ReportTranslate } from './report-text';

export type { ProfileNames } from './build-cover';

export interface BuildReportInput {
  result: AssessmentResult;
  structure: ModelStructure;
  /** Content texts in the report's language. */
  texts: ContentTexts;
  /** The report's sentences in its language (report.json through i18n/report-translator). */
  t: ReportTranslate;
  profileNames: ProfileNames;
  profile: Profile;
  answers: Answers;
  /** Per question: the respondent's note, or in a workshop the reason recorded for the agreed answer. */
  notes: Readonly<Record<string, string | undefined>>;
  generatedAt: Date;
  lang: string;
  /** Makes it a workshop's report: `answers` and `result` are then the group's agreed ones. */
  workshop?: WorkshopReportInput;
  /** Adds "Progress since <date>": what changed since an earlier assessment. */
  progress?: ProgressReportInput;
  /** The action plan: its owners, dates and statuses fill the roadmap's columns. */
  plan?: ActionPlan;
}

/** Decides everything the PDF report says, in the report's language, one section builder at a time. Pure: no jsPDF, no i18next. */
export function buildReport(input: BuildReportInput): ReportModel {
  const { generatedAt, lang, workshop, progress } = input;
  const basis = createReportBasis(input);
  const identity = identifyReport(basis, input);
  const ladder = buildLadderFigure(basis);
  return {
    lang,
    generatedAt,
    ...buildDocumentInfo(basis, identity, generatedAt),
    cover: buildCover(basis, identity, ladder),
    sections: [
      buildSummarySection(basis),
      ...(workshop ? [buildWorkshopSection(workshop, basis)] : []),
      ...(progress ? [buildProgressSection(progress, basis)] : []),
      buildProfileSection(basis, ladder),
      buildRoadmapSection(basis, input.plan, todayLocal(generatedAt)),
      buildDetailSection(basis, { answers: input.answers, notes: input.notes, workshop: Boolean(workshop) }),
      buildMethodologySection(basis),
    ],
  };
}
