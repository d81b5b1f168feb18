// The content's own words, for assertions that must survive a consultant's edits (a renamed stage, a
// rewritten statement, reordered questions): read them from the bundled content, never type them in.
import type { ContentTexts } from '../../src/engine/model-types';
import { loadContentTexts } from '../../src/model/content-texts';
import { model } from '../../src/model/structure';

export type Lang = 'es' | 'en';

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The content texts in one language (the same chunk the app loads). */
export const contentTexts = (lang: Lang): Promise<ContentTexts> => loadContentTexts(lang);

/** The name of the stage at `order` (1-10), as the content says it. */
export async function stageName(lang: Lang, order: number): Promise<string> {
  const stage = model.stages.find((s) => s.order === order)!;
  return (await contentTexts(lang)).stages[stage.id]!.name;
}
