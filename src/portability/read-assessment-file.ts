import type { z } from 'zod';
import type { AnswerValue } from '../engine/answers';
import type { ModelStructure } from '../engine/model-types';
import type { AssessmentWork } from '../engine/assessment-work';
import type { ActionPlan } from '../engine/action-plan';
import { type AssessmentFile, assessmentFileSchema } from './assessment-file-schema';
import { ASSESSMENT_FILE_FORMAT, MAX_FILE_BYTES } from './file-format';
import { migrateAssessmentFile } from './migrate-assessment-file';
import { buildAssessmentFile } from './assessment-file';
import { assessmentCodec, countAnswers } from '../engine/saved-assessment';
import { looksLikeWorkshop } from '../engine/saved-workshop';
import { isEnvelope, readStoredValue } from '../engine/stamped-data';
import { splitByKnownQuestions } from '../engine/known-questions';

/** Why a file cannot be imported; each code has its own translated message. */
export type FileProblem =
  | { code: 'empty' }
  /** The browser could not read the chosen file. */
  | { code: 'unreadable' }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'not-json' }
  | { code: 'not-our-format' }
  | { code: 'newer-version'; version: number }
  | { code: 'other-model'; modelId: string }
  | { code: 'answers-out-of-range'; questionIds: string[] }
  | { code: 'invalid-field'; field: string };

export interface FileContents {
  file: AssessmentFile;
  /** What goes into the stores: only questions this model knows; the plan and milestones when the file has them. */
  assessment: AssessmentWork;
  /** Question ids (answers or notes) the current model does not have, sorted. */
  dropped: string[];
}

export type ReadFileResult = ({ ok: true } & FileContents) | { ok: false; problem: FileProblem };

type ModelIds = Pick<ModelStructure, 'id' | 'stages'>;

const fail = (problem: FileProblem): ReadFileResult => ({ ok: false, problem });

/**
 * Reads an assessment file from its bytes: size, text, JSON, format, version (migrating older
 * ones), model and every field. Pure and total: any input gives a result, never an exception.
 */
export function readAssessmentFile(bytes: Uint8Array, model: ModelIds): ReadFileResult {
  if (bytes.length === 0) return fail({ code: 'empty' });
  if (bytes.length > MAX_FILE_BYTES) return fail({ code: 'too-large', bytes: bytes.length, limit: MAX_FILE_BYTES });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail({ code: 'not-json' });
  }
  if (text.trim() === '') return fail({ code: 'empty' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  return readAssessmentValue(parsed, model);
}

/** The checks after JSON parsing, for callers that already hold a parsed value. */
export function readAssessmentValue(parsed: unknown, model: ModelIds): ReadFileResult {
  // The browser's saved copy (`{ state, version }`), as recovery downloads used to be: read by the store's own sanitizer.
  if (isEnvelope(parsed) && !looksLikeWorkshop(parsed.state) && !('format' in parsed)) parsed = envelopeAsFile(parsed, model.id);
  if (!isPlainObject(parsed) || parsed.format !== ASSESSMENT_FILE_FORMAT) return fail({ code: 'not-our-format' });
  const migrated = migrateAssessmentFile(parsed);
  if (!migrated.ok) return fail(migrated.problem);
  const fileModel = migrated.file.model;
  if (isPlainObject(fileModel) && typeof fileModel.id === 'string' && fileModel.id !== model.id) {
    return fail({ code: 'other-model', modelId: fileModel.id.slice(0, 100) });
  }
  const result = assessmentFileSchema.safeParse(migrated.file);
  if (!result.success) return fail(describeIssues(result.error.issues));
  return { ok: true, ...keepKnownQuestions(result.data, model) };
}

function envelopeAsFile(envelope: unknown, modelId: string): unknown {
  const { data } = readStoredValue(assessmentCodec, envelope);
  if (!data || (!countAnswers(data) && !Object.keys(data.notes).length)) return envelope;
  const exportedAt = new Date(data.updatedAt && !Number.isNaN(Date.parse(data.updatedAt)) ? data.updatedAt : 0);
  return buildAssessmentFile(data, { model: { id: modelId, version: '0.0.0' }, language: 'en', exportedAt });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): FileProblem {
  const outOfRange = issues
    .filter((issue) => issue.path[0] === 'answers' && issue.path.length === 2 && issue.code !== 'invalid_key')
    .map((issue) => String(issue.path[1]));
  if (outOfRange.length) return { code: 'answers-out-of-range', questionIds: [...new Set(outOfRange)].sort() };
  const first = issues[0]!;
  const path = first.code === 'unrecognized_keys' ? [...first.path, first.keys[0] ?? ''] : first.path;
  // Keys typed by whoever made the file: shortened so a message stays readable.
  const field = path.map((part) => String(part).slice(0, 60)).join('.') || 'format';
  return { code: 'invalid-field', field };
}

function keepKnownQuestions(file: AssessmentFile, model: ModelIds): FileContents {
  const answers = splitByKnownQuestions<AnswerValue>(model, file.answers);
  const allNotes = splitByKnownQuestions<string>(model, file.notes);
  const notes = Object.fromEntries(Object.entries(allNotes.known).filter(([, note]) => note.trim() !== ''));
  const dropped = new Set([...answers.unknown, ...allNotes.unknown]);
  const known = new Set(model.stages.flatMap((s) => s.questions.map((q) => q.id)));
  let plan: ActionPlan | undefined;
  if (file.plan) {
    // An action on a question this model does not have has nothing to show: it is left out, and said.
    const actions = Object.entries(file.plan.actions).filter(([, action]) => known.has(action.questionId) || !dropped.add(action.questionId));
    plan = { ...file.plan, actions: Object.fromEntries(actions) };
  }
  return {
    file,
    assessment: {
      answers: answers.known,
      notes,
      profile: { ...file.profile },
      startedAt: file.startedAt,
      updatedAt: file.updatedAt,
      ...(plan && { plan }),
      ...(file.milestones && { milestones: file.milestones }),
    },
    dropped: [...dropped].sort(),
  };
}

/** Reads a chosen file and checks it; a file over the limit is refused before it is read. */
export async function readAssessmentBlob(blob: Blob, model: Pick<ModelStructure, 'id' | 'stages'>): Promise<ReadFileResult> {
  if (blob.size > MAX_FILE_BYTES) return { ok: false, problem: { code: 'too-large', bytes: blob.size, limit: MAX_FILE_BYTES } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await blob.arrayBuffer());
  } catch {
    // Unreadable (moved, permissions, a folder): as good as empty to the user.
    return { ok: false, problem: { code: 'unreadable' } };
  }
  return readAssessmentFile(bytes, model);
}
