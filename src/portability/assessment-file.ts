import type { AnswerValue } from '../engine/answers';
import type { ModelStructure } from '../engine/model-types';
import { buildFileName } from '../browser/file-name';
import type { AssessmentWork } from '../engine/assessment-work';
import { sanitizeMilestone } from '../engine/milestones';
import { sanitizePlan } from '../engine/saved-plan';
import type { AssessmentFile } from './assessment-file-schema';
import { ASSESSMENT_FILE_FORMAT, ASSESSMENT_FILE_VERSION } from './file-format';
import { isQuestionId } from '../engine/id-patterns';
import { NAME_MAX_LENGTH } from '../engine/limits';

export interface ExportMeta {
  model: Pick<ModelStructure, 'id' | 'version'>;
  language: string;
  exportedAt: Date;
  /** The name the person gave for a workshop (optional): it goes into the file and its name. */
  participantName?: string;
}

const isoOrNull = (time: string | null) => {
  const ms = time === null ? NaN : Date.parse(time);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
};

/** Wraps the saved assessment, with its plan and milestones when given, in the versioned file format. */
export function buildAssessmentFile(assessment: AssessmentWork, meta: ExportMeta): AssessmentFile {
  // Only what the importer accepts, so every file the app hands out (recovered data included) reads back.
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(assessment.answers)) if (value !== undefined && isQuestionId(id)) answers[id] = value;
  const participant = (meta.participantName ?? '').replace(/\s+/g, ' ').trim().slice(0, NAME_MAX_LENGTH).trim();
  return {
    format: ASSESSMENT_FILE_FORMAT,
    formatVersion: ASSESSMENT_FILE_VERSION,
    exportedAt: meta.exportedAt.toISOString(),
    language: meta.language,
    model: { id: meta.model.id, version: meta.model.version },
    startedAt: isoOrNull(assessment.startedAt),
    updatedAt: isoOrNull(assessment.updatedAt),
    profile: { ...assessment.profile },
    answers,
    notes: Object.fromEntries(Object.entries(assessment.notes).filter(([id, note]) => note.trim() !== '' && isQuestionId(id))),
    // Through the stores' own sanitizers: only what the importer accepts.
    ...(assessment.plan && { plan: sanitizePlan(assessment.plan).data }),
    ...(assessment.milestones?.length && {
      milestones: assessment.milestones.flatMap((m) => {
        const { milestone } = sanitizeMilestone(m);
        return milestone ? [milestone] : [];
      }),
    }),
    ...(participant ? { participant: { name: participant } } : {}),
  };
}

/** Pretty-printed, so the file can be read and diffed by a person. */
export function serializeAssessmentFile(file: AssessmentFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * "peldano-assessment-<organisation>-<name>-<yyyy-mm-dd>.json"; the prefix is translated, the organisation and the
 * participant's name left out when empty (the name, so a facilitator's folder of files says whose each is).
 */
export function buildAssessmentFileName(prefix: string, organization: string, date: Date, participantName = ''): string {
  return buildFileName(prefix, [organization, participantName].filter((part) => part.trim()).join(' '), date, 'json');
}

/** The assessment as a ready-to-save file: its text and its name (the prefix is the translated "peldano-assessment"). */
export function exportAssessment(
  assessment: AssessmentWork,
  options: { model: ExportMeta['model']; language: string; fileNamePrefix: string; now?: Date; participantName?: string },
): { text: string; fileName: string } {
  const { model, language, fileNamePrefix, now = new Date(), participantName = '' } = options;
  const file = buildAssessmentFile(assessment, { model, language, exportedAt: now, participantName });
  return {
    text: serializeAssessmentFile(file),
    fileName: buildAssessmentFileName(fileNamePrefix, assessment.profile.organization, now, file.participant?.name),
  };
}
