/**
 * Loads the file reader (and zod with it) on demand: the results page shows no file until one is
 * chosen, so it does not pay for validation code up front. Callers warm it up on focus or hover.
 */
let pending: Promise<typeof import('./read-assessment-file')> | undefined;

export function loadFileReader(): Promise<typeof import('./read-assessment-file')> {
  pending ??= import('./read-assessment-file').catch((error: unknown) => {
    pending = undefined; // let a later attempt retry a failed fetch
    throw error;
  });
  return pending;
}
