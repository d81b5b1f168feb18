import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { nameLoaders, textLoaders } from 'virtual:peldano/texts';
import type { ContentTexts } from '../engine/model-types';

/** The model's and stages' names in one language: a subset of ContentTexts, in a small chunk of its own. */
export type ContentNames = Pick<ContentTexts, 'lang' | 'modelName'> & { stages: Record<string, { name: string }> };

/**
 * A per-language loader that fetches each language's chunk once, keeps what arrived for synchronous reads, and
 * forgets a failed fetch (offline before the chunk was cached) so a later call retries.
 */
function cachedLoader<T>(loaders: Record<string, (() => Promise<{ default: T }>) | undefined>) {
  const pending = new Map<string, Promise<T>>();
  const loaded = new Map<string, T>();
  const load = (lang: string): Promise<T> => {
    let promise = pending.get(lang);
    if (!promise) {
      const loader = loaders[lang];
      if (!loader) return Promise.reject(new Error(`No content in language '${lang}'`));
      promise = loader().then((m) => {
        loaded.set(lang, m.default);
        return m.default;
      });
      promise.catch(() => pending.delete(lang));
      pending.set(lang, promise);
    }
    return promise;
  };
  return { load, loaded, pending };
}

const texts = cachedLoader(textLoaders);
const names = cachedLoader(nameLoaders);

/** Loads (once) the content texts of one language; each language is its own chunk. */
export const loadContentTexts = texts.load;

/** The content texts in the app's current language; suspends only while they are really loading. */
export function useContentTexts(): ContentTexts {
  const { i18n } = useTranslation();
  return texts.loaded.get(i18n.language) ?? use(loadContentTexts(i18n.language));
}

/** Loads (once) the names only (what the landing page shows), or reuses the full texts when they are loading. */
export function loadContentNames(lang: string): Promise<ContentNames> {
  return names.pending.get(lang) ?? texts.pending.get(lang) ?? names.load(lang);
}

/** The model's and stages' names in the app's current language; suspends only while they are really loading. */
export function useContentNames(): ContentNames {
  const { i18n } = useTranslation();
  return texts.loaded.get(i18n.language) ?? names.loaded.get(i18n.language) ?? use(loadContentNames(i18n.language));
}
