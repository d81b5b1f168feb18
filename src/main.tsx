import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadFirstScreen } from './app/app';
import { initialLanguage, setupI18n } from './i18n/setup-i18n';
import './app/styles.css';

// The first screen's chunk and texts load together with i18next's, not one after the other.
const firstScreen = preloadFirstScreen(window.location.hash, initialLanguage());
await Promise.all([setupI18n(firstScreen.namespaces), firstScreen.ready]);
const root = createRoot(document.getElementById('root')!);
// A transition lets React render the first screen in slices, yielding to the browser between them, rather than in one
// long task that would hold a slow phone's main thread (the results page is the heaviest).
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
