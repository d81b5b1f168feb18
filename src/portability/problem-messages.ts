import type { ContentTexts, ModelStructure } from '../engine/model-types';
import { numberQuestions } from '../engine/question-numbers';
import type { FileProblem } from './read-assessment-file';

const MAX_LISTED = 5;
/** A statement is cut to this many characters in a message: enough to recognise the question. */
const MAX_STATEMENT = 70;

/** The first few ids of a list, then "(+n)" for the rest, so a message stays readable; with the count for plurals. */
export function listIds(ids: readonly string[], separator = ', '): { ids: string; count: number } {
  const more = ids.length - MAX_LISTED;
  return { ids: ids.slice(0, MAX_LISTED).join(separator) + (more > 0 ? ` (+${more})` : ''), count: ids.length };
}

/**
 * Names questions as people know them, "1.2 “We use a listening tool…”" («…» in Spanish), rather than by internal id; a question the
 * model does not have (a file from another version) keeps its id, the only name it has.
 */
export function questionNamer(model: Pick<ModelStructure, 'stages'>, texts: Pick<ContentTexts, 'questions' | 'lang'>): (id: string) => string {
  const numbers = numberQuestions(model);
  // Spanish quotes with «», as the app's Spanish texts do.
  const [open, close] = texts.lang === 'es' ? ['«', '»'] : ['“', '”'];
  return (id) => {
    const number = numbers.get(id);
    const statement = texts.questions[id]?.statement;
    if (!number || !statement) return id;
    const short = statement.length > MAX_STATEMENT ? `${statement.slice(0, MAX_STATEMENT).replace(/\s+\S*$/, '')}…` : statement;
    return `${number} ${open}${short}${close}`;
  };
}

/** "1.2 …" before "1.10 …". */
const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * The locale key (portability namespace) and values that explain a file problem; the UI translates them.
 * `nameQuestion` turns question ids into what the reader knows (see questionNamer).
 */
export function describeFileProblem(
  problem: FileProblem,
  lang: string,
  nameQuestion: (id: string) => string = (id) => id,
): { key: `problem.${FileProblem['code']}`; values: Record<string, string | number> } {
  // Rounded up, so a file just over the limit never reads as "1 MB, and the limit is 1 MB".
  const megabytes = (bytes: number) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(Math.ceil(bytes / (1024 * 1024) * 10) / 10);
  switch (problem.code) {
    case 'too-large':
      return { key: 'problem.too-large', values: { size: megabytes(problem.bytes), limit: megabytes(problem.limit) } };
    case 'newer-version':
      return { key: 'problem.newer-version', values: { version: problem.version } };
    case 'other-model':
      return { key: 'problem.other-model', values: { modelId: problem.modelId } };
    case 'answers-out-of-range':
      // Statements may hold commas: the questions are told apart by semicolons.
      return { key: 'problem.answers-out-of-range', values: listIds(problem.questionIds.map(nameQuestion).sort(byNumber), '; ') };
    case 'invalid-field':
      return { key: 'problem.invalid-field', values: { field: problem.field } };
    default:
      return { key: `problem.${problem.code}`, values: {} };
  }
}
