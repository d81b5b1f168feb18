import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { textLoaders } from 'virtual:peldano/texts';
import type { ContentTexts } from '../engine/model-types';

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
