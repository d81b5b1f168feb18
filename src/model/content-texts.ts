import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { nameLoaders, textLoaders } from 'virtual:peldano/texts';
import type { ContentTexts } from '../engine/model-types';

/** The model's and stages' names in one language: a subset of ContentTexts, in a small chunk of its own. */
export type ContentNames = Pick<ContentTexts, 'lang' | 'modelName'> & { stages: Record<string, { name: string }> };

const pending = new Map<string, Promise<ContentTexts>>();
const loaded = new Map<string, ContentTexts>();

/** Loads (once) the content texts of one language; each language is its own chunk. */
export function loadContentTexts(lang: string): Promise<ContentTexts> {
  let promise = pending.get(lang);
  if (!promise) {
    const loader = textLoaders[lang];
    if (!loader) return Promise.reject(new Error(`No content in language '${lang}'`));
    promise = loader().then((m) => {
      loaded.set(lang, m.default);
      return m.default;
    });
    // A failed load (offline before the chunk was cached) may be retried later.
    promise.catch(() => pending.delete(lang));
    pending.set(lang, promise);
  }
  return promise;
}

/** The content texts in the app's current language; suspends only while they are really loading. */
export function useContentTexts(): ContentTexts {
  const { i18n } = useTranslation();
  return loaded.get(i18n.language) ?? use(loadContentTexts(i18n.language));
}

const pendingNames = new Map<string, Promise<ContentNames>>();
const loadedNames = new Map<string, ContentNames>();

/** Loads (once) the names only (what the landing page shows), or reuses the full texts when they are loading. */
export function loadContentNames(lang: string): Promise<ContentNames> {
  let promise = pendingNames.get(lang) ?? pending.get(lang);
  if (!promise) {
    const loader = nameLoaders[lang];
    if (!loader) return Promise.reject(new Error(`No content in language '${lang}'`));
    promise = loader().then((m) => {
      loadedNames.set(lang, m.default);
      return m.default;
    });
    promise.catch(() => pendingNames.delete(lang));
    pendingNames.set(lang, promise);
  }
  return promise;
}

/** The model's and stages' names in the app's current language; suspends only while they are really loading. */
export function useContentNames(): ContentNames {
  const { i18n } = useTranslation();
  return loaded.get(i18n.language) ?? loadedNames.get(i18n.language) ?? use(loadContentNames(i18n.language));
}
