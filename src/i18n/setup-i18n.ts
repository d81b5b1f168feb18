import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_KEY, pickLanguage } from './languages';

// One lazy chunk per language and namespace: a page loads only the language it shows, and only the
// namespaces its components ask for (useTranslation suspends until they are in).
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');
/**
 * The shell's own strings (header, footer, the error boundary's messages), loaded before the first render, in the
 * current language only: a screen that fails to load later (offline, or an outdated tab) still has its message.
 */
export const SHELL_NAMESPACES = ['common'];

export const uiLanguages: string[] = [...new Set(Object.keys(localeFiles).map((path) => path.split('/')[2]!))].sort();

async function readLocale(lang: string, ns: string): Promise<Record<string, unknown>> {
  const load = localeFiles[`./locales/${lang}/${ns}.json`];
  if (!load) throw new Error(`No texts for ${lang}/${ns}`);
  return (await load()).default;
}

/** An i18next backend over the lazy locale chunks above. */
const localeChunks: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(lang: string, ns: string, callback: ReadCallback) {
    readLocale(lang, ns).then(
      (texts) => callback(null, texts),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

function reflectLanguage(lang: string): void {
  document.documentElement.lang = lang;
}

/** The language the app starts in: a remembered choice, else the browser's, else Spanish. */
export function initialLanguage(): string {
  return pickLanguage(uiLanguages, readStoredLanguage(), navigator.languages ?? [navigator.language]);
}

/** Initialises i18next once with the remembered or browser language; `preload` namespaces load alongside the shell's. */
export async function setupI18n(preload: string[] = []): Promise<typeof i18next> {
  const lang = initialLanguage();
  const namespaces = [...SHELL_NAMESPACES, ...preload];
  // Request the texts now: i18next asks its backend only after setting itself up (the same chunks, fetched once).
  for (const ns of namespaces) void localeFiles[`./locales/${lang}/${ns}.json`]?.().catch(() => undefined);
  await i18next.use(localeChunks).use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: uiLanguages,
    defaultNS: 'common',
    ns: namespaces,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  reflectLanguage(lang);
  i18next.on('languageChanged', reflectLanguage);
  return i18next;
}

/** The app's language (before i18next runs: the one it will start in). */
export function currentLanguage(): string {
  return i18next.isInitialized ? i18next.language : initialLanguage();
}

/** Loads UI namespaces in the current language; before i18next runs there is nothing to do (its setup loads them). */
export async function loadNamespaces(namespaces: string[]): Promise<void> {
  if (i18next.isInitialized && namespaces.length) await i18next.loadNamespaces(namespaces);
}

/** Switches language, loading the namespaces in use first (i18next does), and remembers the choice. */
export async function changeLanguage(lang: string): Promise<void> {
  await i18next.changeLanguage(lang);
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage unavailable: the choice lasts for this visit only.
  }
}
