import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadFirstScreen } from './app/app';
import { initialLanguage, setupI18n } from './i18n/setup-i18n';
import './app/styles.css';

// The first screen's chunk and texts load together with i18next's, not one after the other.
const firstScreen = preloadFirstScreen(window.location.hash, initialLanguage());
await Promise.all([setupI18n(firstScreen.namespaces), firstScreen.ready]);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
