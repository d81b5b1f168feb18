import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { textLoaders } from 'virtual:peldano/texts';
import type { ContentTexts } from '../engine/model-types';

const cache = new Map<string, Promise<ContentTexts>>();

/** Loads (once) the content texts of one language; each language is its own chunk. */
export function loadContentTexts(lang: string): Promise<ContentTexts> {
  let pending = cache.get(lang);
  if (!pending) {
    const loader = textLoaders[lang];
    if (!loader) return Promise.reject(new Error(`No content in language '${lang}'`));
    pending = loader().then((m) => m.default);
    cache.set(lang, pending);
  }
  return pending;
}

/** The content texts in the app's current language; suspends while they load. */
export function useContentTexts(): ContentTexts {
  const { i18n } = useTranslation();
  return use(loadContentTexts(i18n.language));
}
