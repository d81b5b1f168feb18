import type { FileProblem } from './read-assessment-file';

const MAX_LISTED = 5;

/** The first few ids of a list, then "(+n)" for the rest, so a message stays readable; with the count for plurals. */
export function listIds(ids: readonly string[]): { ids: string; count: number } {
  const more = ids.length - MAX_LISTED;
  return { ids: ids.slice(0, MAX_LISTED).join(', ') + (more > 0 ? ` (+${more})` : ''), count: ids.length };
}

/** The locale key (portability namespace) and values that explain a file problem; the UI translates them. */
export function describeFileProblem(problem: FileProblem, lang: string): { key: `problem.${FileProblem['code']}`; values: Record<string, string | number> } {
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
      return { key: 'problem.answers-out-of-range', values: listIds(problem.questionIds) };
    case 'invalid-field':
      return { key: 'problem.invalid-field', values: { field: problem.field } };
    default:
      return { key: `problem.${problem.code}`, values: {} };
  }
}
