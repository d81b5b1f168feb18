import { z } from 'zod';
import { SLUG_PATTERN, VERSION_PATTERN } from './id-patterns.ts';

/** Languages are data: every text must exist in each language the model lists. */
export function localizedTextSchema(languages: readonly string[], maxLength?: number, missing = 'missing text') {
  const text = z
    .string({ error: (issue) => (issue.input === undefined ? 'missing translation' : 'must be text') })
    .trim()
    .min(1, { error: 'empty text' });
  const bounded = maxLength ? text.max(maxLength, { error: `longer than ${maxLength} characters` }) : text;
  return z.object(Object.fromEntries(languages.map((lang) => [lang, bounded])) as Record<string, typeof bounded>, {
    error: (issue) => (issue.input === undefined ? missing : `must be a map of language to text (${languages.join(', ')})`),
  });
}

const slug = z
  .string({ error: 'missing id' })
  .regex(SLUG_PATTERN, { error: 'must be a kebab-case slug (a-z, 0-9, -)' });

/** Phase one of model validation: just enough to learn the languages. */
export const modelLanguagesSchema = z.object({
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, { error: 'must be a language code like "es"' }), {
      error: 'missing list of languages',
    })
    .min(1, { error: 'at least one language' }),
});

export function modelFileSchema(languages: readonly string[]) {
  const text = localizedTextSchema(languages);
  const level = z.object({ value: z.int().min(0).max(4), label: text });
  return z.object({
    id: slug,
    version: z.string().regex(VERSION_PATTERN, { error: 'must be a version like 1.0.0' }),
    languages: z.array(z.string()),
    name: text,
    stages: z.array(slug).length(10, { error: 'the ladder has exactly ten stages' }),
    scale: z.object({
      levels: z
        .array(level)
        .length(5, { error: 'the scale has exactly five levels, 0 to 4' })
        .refine((levels) => levels.every((l, i) => l.value === i), { error: 'levels must be 0, 1, 2, 3, 4 in order' }),
      dontKnow: z.object({ label: text }),
      notApplicable: z.object({ label: text }),
    }),
    scoring: z.object({
      ratedCoverage: z
        .object({ numerator: z.int().min(0), denominator: z.int().min(1) })
        .refine((f) => f.numerator <= f.denominator, { error: 'must be a fraction between 0 and 1' }),
      achievedScore: z.number().min(0).max(100),
      gapBelow: z.int().min(1).max(4),
      essentialFloor: z.int().min(0).max(4),
      weight: z
        .object({ min: z.int().min(1), max: z.int().min(1) })
        .refine((w) => w.min <= w.max, { error: 'min must not exceed max' }),
    }),
  });
}
export type ModelFile = z.infer<ReturnType<typeof modelFileSchema>>;

export const STATEMENT_MAX_LENGTH = 200;

const quoted = (keys: readonly PropertyKey[]) => keys.map((k) => `'${String(k)}'`).join(', ');

/** The answer levels every question describes, 0 to 4 (the scale's values). */
export const LEVEL_VALUES = [0, 1, 2, 3, 4] as const;

/** What each level of one question looks like in practice: one text per level, in every language. */
function levelsSchema(languages: readonly string[]) {
  const shape = Object.fromEntries(
    LEVEL_VALUES.map((value) => [String(value), localizedTextSchema(languages, undefined, `missing descriptor for level ${value}`)]),
  ) as Record<`${(typeof LEVEL_VALUES)[number]}`, ReturnType<typeof localizedTextSchema>>;
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown level ${issue.keys.join(', ')} (levels are ${LEVEL_VALUES.join(', ')})`
        : issue.input === undefined
          ? `missing level descriptors (levels ${LEVEL_VALUES.join(', ')})`
          : `must be a map of level (${LEVEL_VALUES.join(', ')}) to text`,
  });
}

export function stageFileSchema(languages: readonly string[], weight: { min: number; max: number }) {
  const text = localizedTextSchema(languages);
  const question = z.strictObject(
    {
      id: slug,
      capability: z.string({ error: 'missing capability' }),
      weight: z
        .int({ error: 'weight must be a whole number' })
        .min(weight.min, { error: `weight out of range (${weight.min} to ${weight.max})` })
        .max(weight.max, { error: `weight out of range (${weight.min} to ${weight.max})` }),
      // A foundation of its stage (issue 13: the stage is not achieved while it is below the floor).
      essential: z.boolean({ error: 'must be true or false' }).optional(),
      // Applies only to some companies; the condition says which ("doesn't apply" is offered on these alone).
      conditional: z
        .strictObject(
          { condition: localizedTextSchema(languages, undefined, 'missing condition') },
          { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${quoted(issue.keys)} (only 'condition')` : 'must be { condition: text }') },
        )
        .optional(),
      statement: localizedTextSchema(languages, STATEMENT_MAX_LENGTH),
      levels: levelsSchema(languages),
      action: text,
      outcome: text,
      kpi: text,
    },
    // A misspelt field (`essental`) or a leftover one (`help`) must not pass silently.
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${quoted(issue.keys)}` : undefined) },
  );
  return z.object({
    id: slug,
    name: text,
    summary: text,
    about: text,
    changes: text,
    pitfalls: z.array(text).min(1, { error: 'at least one pitfall' }),
    capabilities: z.array(z.object({ id: slug, name: text })).min(1, { error: 'at least one capability' }),
    questions: z.array(question),
  });
}
export type StageFile = z.infer<ReturnType<typeof stageFileSchema>>;
export type QuestionEntry = StageFile['questions'][number];

export function methodologyFileSchema(languages: readonly string[]) {
  const text = localizedTextSchema(languages);
  return z.object({
    methodology: z.object({
      title: text,
      intro: text,
      sections: z.array(z.object({ id: slug, heading: text, body: text })).min(1),
    }),
    glossary: z.array(z.object({ id: slug, term: text, definition: text })).min(1),
  });
}
export type MethodologyFile = z.infer<ReturnType<typeof methodologyFileSchema>>;

/** The whole model after validation, every text in every language. */
export interface Content {
  model: ModelFile;
  /** In ladder order. */
  stages: StageFile[];
  methodology: MethodologyFile;
}
