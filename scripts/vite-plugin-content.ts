import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatContentError } from '../src/engine/check-content';
import { extractStructure, extractTexts } from '../src/engine/split-content';
import { listContentFiles, readContent } from './read-content';

const STRUCTURE = 'virtual:peldano/structure';
const TEXTS = 'virtual:peldano/texts';

/**
 * Validates content/ at build time (a broken file fails the build with the check's message) and
 * serves it as modules: the language-free structure, and each language's texts as its own chunk.
 * Runtime code therefore never validates bundled content.
 */
export function contentPlugin(contentDir = 'content'): Plugin {
  const root = resolve(contentDir);
  const load = () => {
    const result = readContent(root);
    if (!result.ok) throw new Error(`content/ is invalid:\n${result.errors.map(formatContentError).join('\n')}`);
    return result.content;
  };
  return {
    name: 'peldano-content',
    resolveId(id) {
      return id === STRUCTURE || id === TEXTS || id.startsWith(`${TEXTS}/`) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:peldano/')) return undefined;
      for (const file of listContentFiles(root)) this.addWatchFile(file);
      const content = load();
      const name = id.slice(1);
      if (name === STRUCTURE) return `export default ${JSON.stringify(extractStructure(content))};`;
      if (name === TEXTS) {
        const loaders = content.model.languages.map((lang) => `${JSON.stringify(lang)}: () => import('${TEXTS}/${lang}')`);
        return `export const contentLanguages = ${JSON.stringify(content.model.languages)};\nexport const textLoaders = {${loaders.join(', ')}};`;
      }
      const lang = name.slice(TEXTS.length + 1);
      if (!content.model.languages.includes(lang)) throw new Error(`No content texts for language '${lang}'`);
      return `export default ${JSON.stringify(extractTexts(content, lang))};`;
    },
  };
}
