import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { storageStatus } from '../state/assessment-store';
import { DownloadAnswersButton } from './storage-warning';

/**
 * Registers the service worker (built by vite-plugin-pwa: every file precached, so the app works offline)
 * once the page has loaded, and reports a new version waiting to take over. Returns a clean-up.
 */
function registerServiceWorker(onWaiting: (worker: ServiceWorker) => void): () => void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return () => undefined;
  let active = true;
  const report = (worker: ServiceWorker | null) => {
    // Only an update waits behind a controlling worker; the first install needs no announcement.
    if (active && worker && navigator.serviceWorker.controller) onWaiting(worker);
  };
  const register = () => {
    navigator.serviceWorker
      .register('./sw.js', { scope: './' })
      .then((registration) => {
        report(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') report(installing);
          });
        });
      })
      .catch(() => undefined); // No service worker (e.g. a private window that forbids it): the app still works online.
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
  return () => {
    active = false;
    window.removeEventListener('load', register);
  };
}

/** "A new version is available" with a button that switches to it. Answers are saved on every change, so a reload loses none. */
export function UpdateBanner() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  useEffect(() => registerServiceWorker(setWaiting), []);
  // The banner's texts load only when a new version is there (a boundary of its own: never the page's).
  return waiting ? (
    <Suspense fallback={null}>
      <UpdateNotice waiting={waiting} />
    </Suspense>
  ) : null;
}

function UpdateNotice({ waiting }: { waiting: ServiceWorker }) {
  const { t } = useTranslation('app');
  // When answers are not being saved, a reload would lose them: say so, and offer them first.
  const unsaved = useStore(storageStatus, (s) => s.problem !== null);
  const update = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  return (
    <div role="status" className="notice notice--info">
      <p>{t(unsaved ? 'update.unsaved' : 'update.available')}</p>
      {unsaved && <DownloadAnswersButton />}
      <button type="button" className="button button--small" onClick={update}>
        {t('update.reload')}
      </button>
    </div>
  );
}
