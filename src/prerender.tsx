// The build's server-side entry (scripts/vite-plugin-prerender.ts loads it through Vite): the app at `#/` as HTML,
// once per language, for index.html. main.tsx hydrates the copy in the visitor's language.
import i18next from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createPath, type Navigator, Router } from 'react-router-dom';
import { App } from './app/app';
import { LANDING, SCREENS } from './app/screens';
import { SHELL_NAMESPACES, uiLanguages } from './i18n/setup-i18n';
import { loadContentNames } from './model/content-texts';

const locales = import.meta.glob<{ default: Record<string, unknown> }>('./i18n/locales/*/*.json', { eager: true });

export const languages = uiLanguages;

/** What each screen needs on arrival besides its code, in the table's order: for lang.js's first-screen files. */
export const screenNeeds = SCREENS.map((screen) => ({
  path: screen.path,
  lazy: 'load' in screen,
  namespaces: [...SHELL_NAMESPACES, ...screen.namespaces],
  texts: screen.texts ?? null,
}));

/** The landing's route, with links written as the client's hash router writes them (`#/profile`), so hydration keeps them. */
const hashLinks: Navigator = {
  createHref: (to) => `#${typeof to === 'string' ? to : createPath(to)}`,
  go: () => undefined,
  push: () => undefined,
  replace: () => undefined,
};
const LandingRouter = ({ children }: { children: React.ReactNode }) => (
  <Router location={LANDING.path} navigator={hashLinks} static>
    {children}
  </Router>
);

/** The landing, rendered as the client's first render in `lang` will be (nothing saved, no banner). */
export async function renderLanding(lang: string): Promise<string> {
  const namespaces = [...SHELL_NAMESPACES, ...LANDING.namespaces];
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: uiLanguages,
    defaultNS: 'common',
    ns: namespaces,
    resources: { [lang]: Object.fromEntries(namespaces.map((ns) => [ns, locales[`./i18n/locales/${lang}/${ns}.json`]!.default])) },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // The content names are read synchronously once loaded (the client's first screen preloads them the same way).
  await loadContentNames(lang);
  return renderToString(
    <I18nextProvider i18n={instance}>
      <App PrerenderRouter={LandingRouter} />
    </I18nextProvider>,
  );
}
