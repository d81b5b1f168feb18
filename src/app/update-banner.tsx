import { lazy, Suspense, useEffect, useState } from 'react';

// The notice (and its texts) loads only when a new version is there.
const UpdateNotice = lazy(() => import('./update-notice').then((m) => ({ default: m.UpdateNotice })));

/** No new version; one waiting for the user; or one already in charge because another tab accepted it. */
type Update = 'none' | 'waiting' | 'active-elsewhere';

/** Set when the person accepts the update in this tab: the new version taking charge then reloads it. */
let acceptedHere = false;
let applyUpdate: (() => Promise<void>) | undefined;

/**
 * Registers the service worker (built by vite-plugin-pwa: every file precached, so the app works offline) with
 * the plugin's own helper, once the page has loaded, and reports a new version waiting to take over.
 */
function registerServiceWorker(onUpdate: (update: Update) => void): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || applyUpdate) return;
  const register = async () => {
    // The plugin's helper loads here, not with the first page.
    const { registerSW } = await import('virtual:pwa-register');
    applyUpdate ??= registerSW({
      onNeedRefresh: () => onUpdate('waiting'),
      // The new version took charge. Only the tab where it was accepted reloads at once: another may be mid-answer
      // (or not saving), so it says so and its button reloads.
      onNeedReload: () => (acceptedHere ? window.location.reload() : onUpdate('active-elsewhere')),
      // No service worker (e.g. a private window that forbids it): the app still works online.
      onRegisterError: () => undefined,
    });
  };
  // The helper fetches workbox-window as soon as it is called: once the page has loaded and the browser is idle,
  // it competes with nothing the first screen needs (an update check can wait a few seconds).
  const start = () => void register().catch(() => undefined);
  const whenIdle = () => ('requestIdleCallback' in window ? window.requestIdleCallback(start, { timeout: 5_000 }) : setTimeout(start, 2_000));
  const afterLoad = () => setTimeout(whenIdle, 1_000);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

/** Switches to the new version: tells the waiting one to take over, or, when none waits any longer, reloads. */
async function update(): Promise<void> {
  acceptedHere = true;
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  // Another tab already let it take over (nothing waits): this tab's files are the old ones, and a reload fixes that.
  if (!registration?.waiting || !applyUpdate) return window.location.reload();
  // The helper reloads when the new version takes charge, except in a tab that the first install took over
  // (clientsClaim): workbox-window does not count that change of controller as an update. Waiting for it here too
  // covers that tab; two reloads in a row are one.
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  await applyUpdate();
}

/** "A new version is available" with a button that switches to it. Answers are saved on every change, so a reload loses none. */
export function UpdateBanner() {
  const [state, setState] = useState<Update>('none');
  useEffect(() => registerServiceWorker((next) => setState((current) => (current === 'active-elsewhere' ? current : next))), []);
  // The banner's texts load only when a new version is there (a boundary of its own: never the page's).
  return state === 'none' ? null : (
    <Suspense fallback={null}>
      <UpdateNotice activeElsewhere={state === 'active-elsewhere'} onUpdate={() => void update()} />
    </Suspense>
  );
}
