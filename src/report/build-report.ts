import type { Answers } from '../engine/answers';
import type { ContentTexts, LevelDescriptors, ModelStructure } from '../engine/model-types';
import type { Profile } from '../engine/profile';
import type { AssessmentResult } from '../engine/assess';
import { checkAccent } from '../engine/brand-contrast';
import { HORIZONS, type Roadmap } from '../engine/build-roadmap';
import type { BrandingData } from '../engine/saved-branding';
import { buildCover, buildDocumentInfo, identifyReport, type ProfileNames } from './build-cover';
import { buildDetailSection } from './build-detail-section';
import { buildMethodologySection } from './build-methodology-section';
import { buildLadderFigure, buildProfileSection } from './build-profile-section';
import { buildProgressSection, type ProgressReportInput } from './build-progress-section';
import { buildRoadmapSection } from './build-roadmap-section';
import { buildSummarySection } from './build-summary-section';
import { buildWorkshopSection, type WorkshopReportInput } from './build-workshop-section';
import { createReportBasis } from './report-basis';
import type { ReportEdition, ReportModel, ReportSection } from './report-model';
import type { ReportTranslate } from './report-text';

export type { ProfileNames } from './build-cover';

export interface BuildReportInput {
  result: AssessmentResult;
  structure: ModelStructure;
  /** Content texts in the report's language. */
  texts: ContentTexts;
  /** What each answer level looks like, per question, in the report's language: printed beside each answer. */
  levelDescriptors?: LevelDescriptors;
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
  /** Defaults to the full report. */
  edition?: ReportEdition;
  /** A consultant's branding: "Prepared by" and the logo on the cover, the contact line in the footer, the accent colour. */
  branding?: BrandingData;
}

/**
 * How many roadmap actions the executive edition shows: with the cover, the summary and the profile, this keeps it
 * within six pages for any answers (tests/report/report-editions.test.ts renders the extremes).
 */
export const EXECUTIVE_ROADMAP_ACTIONS = 8;

/** The first actions of the roadmap, horizon by horizon in its own order (Now first), each horizon in priority order. */
export function trimRoadmap(roadmap: Roadmap, max: number): { roadmap: Roadmap; shown: number; total: number } {
  let left = max;
  const trimmed = Object.fromEntries(HORIZONS.map((horizon) => [horizon, []])) as unknown as Roadmap;
  let total = 0;
  for (const horizon of HORIZONS) {
    const items = roadmap[horizon];
    total += items.length;
    trimmed[horizon] = items.slice(0, Math.max(0, left));
    left -= trimmed[horizon].length;
  }
  return { roadmap: trimmed, shown: max - left, total };
}

/** Decides everything the PDF report says, in the report's language, one section builder at a time. Pure: no jsPDF, no i18next. */
export function buildReport(input: BuildReportInput): ReportModel {
  const { generatedAt, lang, workshop, progress, edition = 'full', branding } = input;
  const basis = createReportBasis(input);
  const identity = identifyReport(basis, input);
  const ladder = buildLadderFigure(basis);
  const { t } = basis;
  const full = edition === 'full';
  // The executive edition: summary, ladder and profile, and the roadmap's first actions. The workshop's and the
  // progress sections (a page or two each) are in the full report only, where they stay where they always were.
  const roadmap = full ? null : trimRoadmap(basis.result.roadmap, EXECUTIVE_ROADMAP_ACTIONS);
  const roadmapSection = roadmap ? buildRoadmapSection({ ...basis, result: withRoadmap(basis.result, roadmap.roadmap) }) : buildRoadmapSection(basis);
  if (roadmap && roadmap.shown < roadmap.total) {
    roadmapSection.blocks.push({ kind: 'paragraph', role: 'meta', text: t('edition.roadmapMore', { shown: roadmap.shown, total: roadmap.total }) });
  }
  const executive: ReportSection[] = [
    buildSummarySection(basis),
    ...(full && workshop ? [buildWorkshopSection(workshop, basis)] : []),
    ...(full && progress ? [buildProgressSection(progress, basis)] : []),
    buildProfileSection(basis, ladder),
    roadmapSection,
  ];
  // The full report adds an appendix after the executive pages; its sections are lettered A, B, ...
  const detail = buildDetailSection(basis, {
    answers: input.answers,
    notes: input.notes,
    workshop: Boolean(workshop),
    levelDescriptors: input.levelDescriptors ?? {},
  });
  const appendix = full ? [detail, buildMethodologySection(basis)] : [];
  return {
    lang,
    generatedAt,
    edition,
    ...buildDocumentInfo(basis, identity, generatedAt, branding),
    ...(branding?.accent && { accent: checkAccent(branding.accent).color }),
    cover: buildCover(basis, identity, ladder, branding),
    sections: [
      ...executive,
      ...appendix.map((section, i) => ({ ...section, title: t('appendix', { letter: String.fromCharCode(65 + i), title: section.title }) })),
    ],
  };
}

/** The result with another roadmap (the executive edition's first actions); everything else as it is. */
function withRoadmap(result: AssessmentResult, roadmap: Roadmap): AssessmentResult {
  return { ...result, roadmap };
}
