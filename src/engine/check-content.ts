import type { z } from 'zod';
import {
  type Content,
  type MethodologyFile,
  type ModelFile,
  type StageFile,
  methodologyFileSchema,
  modelFileSchema,
  modelLanguagesSchema,
  stageFileSchema,
} from './content-schema.ts';
import { findUnknownPlaceholders, RULE_PLACEHOLDERS } from './rule-placeholders.ts';

/** One parsed content file, as read from disk (or built by a test). */
export interface ContentSource {
  file: string;
  data: unknown;
}

export interface ContentError {
  file: string;
  /** The id of the nearest stage, capability, question or entry, when there is one. */
  id?: string;
  /** Dotted path to the field, e.g. "statement.en". */
  field?: string;
  message: string;
}

export type ContentCheck = { ok: true; content: Content } | { ok: false; errors: ContentError[] };

export const MIN_QUESTIONS_PER_STAGE = 5;
export const MAX_QUESTIONS_PER_STAGE = 7;
export const MIN_QUESTIONS_PER_CAPABILITY = 2;
export const MIN_ESSENTIAL_PER_STAGE = 1;
export const MAX_ESSENTIAL_PER_STAGE = 3;
export const MAX_CONDITIONAL_PER_STAGE = 2;

/** Formats an error as "file: 'id' → field: message" so a consultant can find it. */
export function formatContentError(error: ContentError): string {
  const where = [error.id ? `'${error.id}'` : '', error.field ?? ''].filter(Boolean).join(' → ');
  return `${error.file}: ${where ? `${where}: ` : ''}${error.message}`;
}

/** Turns zod issues into errors that name the nearest id and the field below it. */
function issuesToErrors(file: string, data: unknown, issues: z.core.$ZodIssue[], nameRoot: boolean): ContentError[] {
  return issues.map((issue) => {
    let node: unknown = data;
    // A field of the file itself (a stage's name) is named by the file's own id.
    const rootId = data && typeof data === 'object' ? (data as { id?: unknown }).id : undefined;
    let id: string | undefined = nameRoot && typeof rootId === 'string' ? rootId : undefined;
    let fieldStart = 0;
    issue.path.forEach((key, index) => {
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
      const nodeId = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      // The last node names the error only when the issue is about that object itself (an unknown field in it).
      if (typeof nodeId === 'string' && (index < issue.path.length - 1 || issue.code === 'unrecognized_keys')) {
        id = nodeId;
        fieldStart = index + 1;
      }
    });
    const field = issue.path.slice(fieldStart).map(String).join('.');
    return { file, ...(id ? { id } : {}), ...(field ? { field } : {}), message: issue.message };
  });
}

function parseWith<T>(schema: z.ZodType<T>, source: ContentSource, errors: ContentError[], nameRoot = false): T | undefined {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  errors.push(...issuesToErrors(source.file, source.data, result.error.issues, nameRoot));
  return undefined;
}

function checkStage(stage: StageFile, file: string, errors: ContentError[]): void {
  const capabilityIds = new Set<string>();
  for (const capability of stage.capabilities) {
    if (capabilityIds.has(capability.id)) errors.push({ file, id: capability.id, message: 'duplicate capability id' });
    capabilityIds.add(capability.id);
  }
  const count = stage.questions.length;
  if (count < MIN_QUESTIONS_PER_STAGE || count > MAX_QUESTIONS_PER_STAGE) {
    errors.push({
      file,
      id: stage.id,
      field: 'questions',
      message: `has ${count} questions; a stage needs ${MIN_QUESTIONS_PER_STAGE} to ${MAX_QUESTIONS_PER_STAGE}`,
    });
  }
  for (const question of stage.questions) {
    if (!capabilityIds.has(question.capability)) {
      errors.push({
        file,
        id: question.id,
        field: 'capability',
        message: `unknown capability '${question.capability}' (this stage has: ${[...capabilityIds].join(', ')})`,
      });
    }
  }
  for (const question of stage.questions) {
    if (question.essential && question.conditional) {
      errors.push({ file, id: question.id, field: 'conditional', message: 'an essential practice cannot be conditional' });
    }
  }
  const essential = stage.questions.filter((q) => q.essential).map((q) => q.id);
  if (essential.length < MIN_ESSENTIAL_PER_STAGE || essential.length > MAX_ESSENTIAL_PER_STAGE) {
    errors.push({
      file,
      id: stage.id,
      field: 'questions',
      message: `has ${essential.length} essential practice(s)${essential.length ? ` (${essential.join(', ')})` : ''}; a stage needs ${MIN_ESSENTIAL_PER_STAGE} to ${MAX_ESSENTIAL_PER_STAGE} marked essential: true`,
    });
  }
  const conditional = stage.questions.filter((q) => q.conditional).map((q) => q.id);
  if (conditional.length > MAX_CONDITIONAL_PER_STAGE) {
    errors.push({
      file,
      id: stage.id,
      field: 'questions',
      message: `has ${conditional.length} conditional questions (${conditional.join(', ')}); at most ${MAX_CONDITIONAL_PER_STAGE} per stage`,
    });
  }
  for (const capability of stage.capabilities) {
    const covered = stage.questions.filter((q) => q.capability === capability.id).length;
    if (covered < MIN_QUESTIONS_PER_CAPABILITY) {
      errors.push({
        file,
        id: capability.id,
        message: `capability covered by ${covered} question(s); it needs at least ${MIN_QUESTIONS_PER_CAPABILITY}`,
      });
    }
  }
}

/** A `{name}` the app does not fill would reach the reader as written: name the text and the placeholders it may use. */
function checkPlaceholders(methodology: MethodologyFile, file: string, errors: ContentError[]): void {
  const texts: { id?: string; field: string; text: Record<string, string> }[] = [
    { field: 'methodology.title', text: methodology.methodology.title },
    { field: 'methodology.intro', text: methodology.methodology.intro },
    ...methodology.methodology.sections.flatMap((s) => [
      { id: s.id, field: 'heading', text: s.heading },
      { id: s.id, field: 'body', text: s.body },
    ]),
    ...methodology.glossary.flatMap((g) => [
      { id: g.id, field: 'term', text: g.term },
      { id: g.id, field: 'definition', text: g.definition },
    ]),
  ];
  for (const { id, field, text } of texts) {
    for (const [lang, value] of Object.entries(text)) {
      const unknown = findUnknownPlaceholders(value);
      if (unknown.length) {
        errors.push({
          file,
          ...(id ? { id } : {}),
          field: `${field}.${lang}`,
          message: `unknown placeholder ${unknown.map((k) => `{${k}}`).join(', ')} (known: ${RULE_PLACEHOLDERS.map((k) => `{${k}}`).join(', ')})`,
        });
      }
    }
  }
}

/**
 * Validates the model, stage and methodology files together: shape, translations, ids, references
 * and the questionnaire's rules. Pure: callers read the files.
 */
export function checkContent(
  model: ContentSource,
  stageSources: ContentSource[],
  methodologySource: ContentSource,
): ContentCheck {
  const errors: ContentError[] = [];
  const languages = parseWith(modelLanguagesSchema, model, errors)?.languages;
  if (!languages) return { ok: false, errors };

  const modelFile: ModelFile | undefined = parseWith(modelFileSchema(languages), model, errors);
  const weight = modelFile?.scoring.weight ?? { min: 1, max: 3 };
  const ladder = modelFile?.stages ?? [];
  const ladderIds = new Set(ladder);
  const stagesById = new Map<string, { stage: StageFile; file: string }>();
  const questionFiles = new Map<string, string>();
  // Stages whose file exists but failed the schema: its own errors say why, it is not "missing".
  const invalidStageIds = new Set<unknown>();

  for (const source of stageSources) {
    const stage = parseWith(stageFileSchema(languages, weight), source, errors, true);
    if (!stage) {
      invalidStageIds.add((source.data as { id?: unknown } | null | undefined)?.id);
      continue;
    }
    if (modelFile && !ladderIds.has(stage.id)) {
      errors.push({ file: source.file, id: stage.id, field: 'id', message: "unknown stage (not listed in model.yaml 'stages')" });
      continue;
    }
    const twin = stagesById.get(stage.id);
    if (twin) {
      errors.push({ file: source.file, id: stage.id, field: 'id', message: `duplicate stage id (also in ${twin.file})` });
      continue;
    }
    stagesById.set(stage.id, { stage, file: source.file });
    checkStage(stage, source.file, errors);
    for (const question of stage.questions) {
      const other = questionFiles.get(question.id);
      if (other) errors.push({ file: source.file, id: question.id, field: 'id', message: `duplicate question id (also in ${other})` });
      else questionFiles.set(question.id, source.file);
    }
  }
  for (const stageId of ladder) {
    if (!stagesById.has(stageId) && !invalidStageIds.has(stageId)) {
      errors.push({ file: model.file, id: stageId, field: 'stages', message: 'stage listed in the ladder has no file in content/stages/' });
    }
  }

  const methodology: MethodologyFile | undefined = parseWith(methodologyFileSchema(languages), methodologySource, errors);
  if (methodology) {
    const seen = new Set<string>();
    for (const entry of [...methodology.methodology.sections, ...methodology.glossary]) {
      if (seen.has(entry.id)) errors.push({ file: methodologySource.file, id: entry.id, field: 'id', message: 'duplicate id' });
      seen.add(entry.id);
    }
    checkPlaceholders(methodology, methodologySource.file, errors);
  }

  if (errors.length || !modelFile || !methodology) return { ok: false, errors };
  const stages = ladder.map((id) => stagesById.get(id)!.stage);
  return { ok: true, content: { model: modelFile, stages, methodology } };
}
