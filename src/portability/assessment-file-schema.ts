import { z } from '../engine/zod.ts';
import { DONT_KNOW, NOT_APPLICABLE } from '../engine/answers.ts';
import { NAME_MAX_LENGTH, NOTE_MAX_LENGTH, PROFILE_TEXT_MAX } from '../engine/limits.ts';
import { SECTORS, SIZES } from '../engine/profile.ts';
import { ASSESSMENT_FILE_FORMAT, ASSESSMENT_FILE_VERSION } from './file-format.ts';
import { ID_MAX_LENGTH, SLUG_PATTERN, SLUG_SOURCE, VERSION_PATTERN } from '../engine/id-patterns.ts';
import {
  ACTION_KINDS,
  MAX_MILESTONES,
  MILESTONE_LABEL_MAX_LENGTH,
  OWNER_MAX_LENGTH,
  PLAN_EFFORTS,
  PLAN_NOTE_MAX_LENGTH,
  PLAN_STATUSES,
} from '../engine/plan-values.ts';

// The zod side of the file format, kept apart so that exporting (assessment-file.ts) loads no zod.

/** Question ids are the content's kebab-case slugs; the pattern also keeps keys like `__proto__` out. */
export const questionIdSchema = z
  .string()
  .max(ID_MAX_LENGTH)
  .regex(SLUG_PATTERN)
  .meta({ description: 'A stable question id from the model (a kebab-case slug).' });

export const answerValueSchema = z.literal([0, 1, 2, 3, 4, DONT_KNOW, NOT_APPLICABLE]).meta({
  description:
    'A level on the 0-4 scale, "dont-know" (counts as unanswered, never as zero), or "not-applicable" (only on questions the model marks conditional; the question leaves its stage\'s weight).',
});

const isoDateTime = z.iso.datetime({ offset: true });

export const fileProfileSchema = z.strictObject({
  organization: z.string().max(PROFILE_TEXT_MAX),
  sector: z.union([z.enum(SECTORS), z.literal('')]),
  size: z.union([z.enum(SIZES), z.literal('')]),
  role: z.string().max(PROFILE_TEXT_MAX),
});

const planDateSchema = z.union([z.iso.date(), z.literal('')]);

/** An action plan (format version 3): a target, and actions keyed by question id and kind. */
export const planFileSchema = z
  .strictObject({
    targetRung: z.number().int().min(1).max(50).nullable(),
    targetDate: planDateSchema,
    actions: z.record(
      z.string().regex(new RegExp(`^${SLUG_SOURCE}:(${ACTION_KINDS.join('|')})$`)).max(ID_MAX_LENGTH + 12),
      z.strictObject({
        questionId: questionIdSchema,
        kind: z.enum(ACTION_KINDS),
        owner: z.string().max(OWNER_MAX_LENGTH),
        due: planDateSchema,
        status: z.enum(PLAN_STATUSES),
        effort: z.union([z.enum(PLAN_EFFORTS), z.literal('')]),
        note: z.string().max(PLAN_NOTE_MAX_LENGTH),
        addedAt: isoDateTime,
      }),
    ),
  })
  .meta({ description: 'The action plan: a target rung and date, and actions from the roadmap keyed "<question id>:<improve|find-out>".' });

/** A milestone (format version 3): a dated, labelled snapshot of answers, notes and plan. */
export const milestoneFileSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  label: z.string().max(MILESTONE_LABEL_MAX_LENGTH),
  savedAt: isoDateTime,
  answers: z.record(questionIdSchema, answerValueSchema),
  notes: z.record(questionIdSchema, z.string().max(NOTE_MAX_LENGTH)),
  plan: planFileSchema,
});

/** The current version of the assessment file: what the user entered, never derived scores. */
export const assessmentFileSchema = z
  .strictObject({
    format: z.literal(ASSESSMENT_FILE_FORMAT),
    formatVersion: z.literal(ASSESSMENT_FILE_VERSION),
    exportedAt: isoDateTime,
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .meta({ description: 'The language the app was shown in when the file was exported.' }),
    model: z.strictObject({
      id: z.string().max(ID_MAX_LENGTH).regex(SLUG_PATTERN),
      version: z.string().regex(VERSION_PATTERN),
    }),
    startedAt: isoDateTime.nullable(),
    updatedAt: isoDateTime.nullable(),
    profile: fileProfileSchema,
    answers: z.record(questionIdSchema, answerValueSchema),
    notes: z.record(questionIdSchema, z.string().max(NOTE_MAX_LENGTH)),
    plan: planFileSchema.optional(),
    milestones: z.array(milestoneFileSchema).max(MAX_MILESTONES).optional(),
    participant: z
      .strictObject({ name: z.string().min(1).max(NAME_MAX_LENGTH) })
      .optional()
      .meta({ description: 'Who answered, as a workshop facilitator should know them; present only when they gave a name on export.' }),
  })
  .meta({
    title: 'Peldaño assessment file',
    description:
      'A Peldaño self-assessment exported from the app: profile, answers keyed by stable question id, notes, and the model it was answered against.',
  });

export type AssessmentFile = z.infer<typeof assessmentFileSchema>;

/** The JSON Schema of the current file format, generated from the zod schema. */
export function buildAssessmentFileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(assessmentFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
