import { useMemo } from 'react';
import { useContentTexts } from '../model/content-texts';
import { model } from '../model/structure';
import { questionNamer } from '../portability/problem-messages';

/** Names questions "1.2 “statement…”" in the app's language, for messages about files. */
export function useQuestionNamer(): (id: string) => string {
  const texts = useContentTexts();
  return useMemo(() => questionNamer(model, texts), [texts]);
}
