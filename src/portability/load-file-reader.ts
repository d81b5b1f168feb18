import { cachedImport } from '../browser/cached-import';

/**
 * Loads the file reader (and zod with it) on demand: the results page shows no file until one is
 * chosen, so it does not pay for validation code up front. Callers warm it up on focus or hover.
 */
export const loadFileReader = cachedImport(() => import('./read-assessment-file'));

/**
 * Reads the file chosen in a file input as an assessment, then clears the input so choosing the same
 * file again (after fixing it) fires a change. Null when nothing was chosen.
 */
export async function readChosenAssessmentFile(
  input: HTMLInputElement,
  model: Parameters<typeof import('./read-assessment-file').readAssessmentBlob>[1],
): Promise<{ file: File; result: import('./read-assessment-file').ReadFileResult } | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  const result = await loadFileReader().then(
    (reader) => reader.readAssessmentBlob(file, model),
    () => ({ ok: false, problem: { code: 'unreadable' } }) as const,
  );
  return { file, result };
}
