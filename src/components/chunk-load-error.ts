/**
 * True when `error` is a browser's failure to load one of the app's own files on demand: after a new version is
 * published (or the connection drops), a tab still running the old version asks for files that no longer exist.
 * Trying again cannot help; reloading the page (into the new version) does.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return [
    'Failed to fetch dynamically imported module', // Chromium
    'error loading dynamically imported module', // Firefox
    'Importing a module script failed', // Safari
    'Unable to preload CSS', // Vite's preload of a chunk's stylesheet
  ].some((text) => message.includes(text));
}
