import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { whenIdle } from '../browser/when-idle';
import { WORKSHOP_STORAGE_KEY } from '../features/workshop/workshop-storage-key';
import { assessmentStoreHasNews, loadAssessmentStore } from '../state/assessment-store-loader';
import { openLocalStorage } from '../browser/local-storage';
import { anyWatchedNews, subscribeWatchedStatuses } from '../state/watched-statuses';

// The banners, their texts and the workshop file's code load only when there is something to say.
const StorageBanners = lazy(() => import('./storage-banners').then((m) => ({ default: m.StorageBanners })));

/**
 * A saved workshop is read (and, when damaged, repaired and reported) as its store loads: with the workshop screens,
 * or on any other page once the first screen has rendered and the browser is idle, so a damaged workshop is
 * reported wherever the person is without the first page carrying the workshop's code. Nothing saved: nothing to read.
 */
function useSavedWorkshopCheck(): void {
  useEffect(
    () =>
      whenIdle(() => {
        if (openLocalStorage()?.getItem(WORKSHOP_STORAGE_KEY) == null) return;
        // Offline before the chunk was cached: the workshop screens will say so.
        import('../features/workshop/workshop-store').catch(() => undefined);
      }),
    [],
  );
}

/**
 * The assessment store reports what it found as it loads: with the screens that show answers, or on any other page (the
 * landing, the model page) once it is idle, when there is something to report: saved data (damaged data is repaired and
 * said), or a storage that cannot save. Nothing saved and a working storage: nothing to load.
 */
function useSavedAssessmentCheck(): void {
  useEffect(
    () =>
      whenIdle(() => {
        // Offline before the chunk was cached: the screens that need the store will say so.
        if (assessmentStoreHasNews()) loadAssessmentStore().catch(() => undefined);
      }),
    [],
  );
}

/**
 * Says, at the top of every page, when a store's data is not being saved (no storage, storage full, a newer
 * version in another tab) or when saved data had to be repaired or migrated; offers the data as files the
 * app reads back (storage-banners.tsx). Watches every persisted store that has loaded (state/watched-statuses.ts).
 */
export function StorageWarning() {
  useSavedAssessmentCheck();
  useSavedWorkshopCheck();
  const news = useSyncExternalStore(subscribeWatchedStatuses, anyWatchedNews, () => false);
  // A boundary of its own: the banners' chunk and texts never suspend the page.
  return news ? (
    <Suspense fallback={null}>
      <StorageBanners />
    </Suspense>
  ) : null;
}
