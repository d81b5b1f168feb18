import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickLanguage } from './languages';

// One lazy chunk per language and namespace: a page loads only the language it shows.
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');
const LANGUAGE_KEY = 'peldano.language';

export const uiLanguages: string[] = [
  ...new Set(Object.keys(localeFiles).map((path) => path.split('/')[2]!)),
].sort();

async function loadLanguage(lang: string): Promise<void> {
  const files = Object.entries(localeFiles).filter(([path]) => path.split('/')[2] === lang);
  await Promise.all(
    files.map(async ([path, load]) => {
      const ns = path.split('/')[3]!.replace(/\.json$/, '');
      if (!i18next.hasResourceBundle(lang, ns)) i18next.addResourceBundle(lang, ns, (await load()).default);
    }),
  );
}

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

/** Initialises i18next once with the remembered or browser language. */
export async function setupI18n(): Promise<typeof i18next> {
  const lang = pickLanguage(uiLanguages, readStoredLanguage(), navigator.languages ?? [navigator.language]);
  await i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: uiLanguages,
    defaultNS: 'common',
    ns: [],
    resources: {},
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  await loadLanguage(lang);
  reflectLanguage(lang);
  i18next.on('languageChanged', reflectLanguage);
  return i18next;
}

/** Switches language, loading its texts first, and remembers the choice. */
export async function changeLanguage(lang: string): Promise<void> {
  await loadLanguage(lang);
  await i18next.changeLanguage(lang);
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage unavailable: the choice lasts for this visit only.
  }
}

/** Loads another language's texts without switching the app (e.g. a report in the other language). */
export async function loadTranslations(lang: string): Promise<ReturnType<typeof i18next.getFixedT>> {
  await loadLanguage(lang);
  return i18next.getFixedT(lang);
}
