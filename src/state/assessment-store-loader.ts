import { cachedImport } from '../browser/cached-import';
import { ASSESSMENT_STORAGE_KEY } from './assessment-storage-key';
import { acceptsWrites, openLocalStorage } from '../browser/local-storage';

/** The assessment store's module, fetched once: the screens that show answers import it, the first page does not. */
export const loadAssessmentStore = cachedImport(() => import('./assessment-store'));

/**
 * Whether the assessment store has anything to read or to say as it starts: work saved in this browser (damaged data
 * to recover included), or a storage that cannot be read or refuses writes (answers would then live in this tab
 * only). Without any, a page that shows no answers (the landing) has nothing from the store to show, and need not load it.
 */
export function assessmentStoreHasNews(): boolean {
  const storage = openLocalStorage();
  if (!storage || !acceptsWrites(storage)) return true;
  try {
    return storage.getItem(ASSESSMENT_STORAGE_KEY) !== null;
  } catch {
    return true;
  }
}
