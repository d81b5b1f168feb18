import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, isLandingHash, preloadFirstScreen } from './app/app';
import { currentLanguage, initialLanguage, setupI18n } from './i18n/setup-i18n';
import './app/styles.css';

// The first screen's chunk and texts load together with i18next's, not one after the other.
const startHash = window.location.hash;
const firstScreen = preloadFirstScreen(startHash, initialLanguage());
await Promise.all([setupI18n(firstScreen.namespaces), firstScreen.ready]);
const container = document.getElementById('root')!;
// The built index.html carries the landing pre-rendered in each language (scripts/vite-plugin-prerender.ts), the
// visitor's copy shown before the first paint (lang.js). On the landing, React takes that copy over instead of painting
// it again; the dev server's page has none. Elsewhere (a deep link, a link followed before this script ran), React
// renders the screen and replaces the markup when it commits.
const prerendered =
  isLandingHash(startHash) && isLandingHash(window.location.hash)
    ? container.querySelector(`:scope > [data-prerender-lang="${currentLanguage()}"]`)
    : null;
if (prerendered) {
  // Its nodes become the root's own (the shell, the note and the other languages go) in this task: no paint between.
  container.replaceChildren(...prerendered.childNodes);
  hydrateRoot(
    container,
    <StrictMode>
      <App hydrating />
    </StrictMode>,
  );
} else {
  const root = createRoot(container);
  // A transition lets React render the first screen in slices, yielding to the browser between them, rather than in
  // one long task that would hold a slow phone's main thread (the results page is the heaviest).
  startTransition(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
