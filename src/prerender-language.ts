// lang.js, a classic script in the built page's <head> (scripts/vite-plugin-prerender.ts builds it from this file): it
// runs before the first paint and marks <html> for the stylesheet, which then shows the pre-rendered landing in the
// language the app will start in (the same choice as setup-i18n's initialLanguage: remembered, else the browser's).
// On a deep link it also starts fetching what that screen needs (first-screen-table.ts).
// An external file: the Content-Security-Policy allows no inline script.
import { preloadFiles } from './first-screen-files';
import { filesForRoute, type ScreenFiles } from './first-screen-table';
import { LANGUAGE_KEY, pickLanguage } from './i18n/languages';

/** The UI languages (src/i18n/locales/*), set by the build. */
declare const __UI_LANGUAGES__: string[];
/** Each screen's files (first-screen-table.ts), written in by the build once the bundle exists. */
declare const __FIRST_SCREEN_FILES__: ScreenFiles[];

let stored: string | null = null;
try {
  stored = localStorage.getItem(LANGUAGE_KEY);
} catch {
  // Storage unavailable: the browser's language decides, as in the app.
}
const lang = pickLanguage(__UI_LANGUAGES__, stored, navigator.languages ?? [navigator.language]);
const root = document.documentElement;
root.lang = lang;
root.classList.add('js', `lang-${lang}`);
// Any other route than the landing (`#/`, or no hash) is a deep link: no landing text may show while it loads.
const route = window.location.hash.replace(/^#/, '').split('?')[0];
if (route && route !== '/') {
  root.classList.add('deep-link');
  preloadFiles(filesForRoute(__FIRST_SCREEN_FILES__, route, lang));
}
