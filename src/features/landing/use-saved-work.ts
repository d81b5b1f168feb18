import { useEffect, useState } from 'react';
import { cachedImport } from '../../browser/cached-import';
import { useHydrated } from '../../components/use-hydrated';
import { ASSESSMENT_STORAGE_KEY } from '../../state/assessment-storage-key';
import { assessmentStoreHasNews } from '../../state/assessment-store-loader';

type SavedWorkModule = typeof import('./saved-work');
const loadSavedWork = cachedImport(() => import('./saved-work'));
/** Once here, a later visit to the landing (within the app) shows saved work in its first render. */
let loaded: SavedWorkModule | null = null;

/**
 * The saved-work actions' module (with the store), loaded once the landing is hydrated when this browser has saved work
 * or storage news, or when another tab saves some; null until then, and for a first visit, which never needs it.
 */
export function useSavedWork(): SavedWorkModule | null {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    const load = () =>
      void loadSavedWork().then(
        (m) => {
          loaded = m;
          if (live) setModule(m);
        },
        // Offline before the chunk was cached: the landing keeps its start link.
        () => undefined,
      );
    if (assessmentStoreHasNews()) load();
    // Work saved in another tab while this one had none (the store, once loaded, follows other tabs itself).
    const onStorage = (event: StorageEvent) => {
      if (event.key === ASSESSMENT_STORAGE_KEY) load();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      live = false;
      window.removeEventListener('storage', onStorage);
    };
  }, [module]);
  // The pre-rendered landing knows no browser's storage: its hydrating render shows the start link.
  return useHydrated() ? module : null;
}
