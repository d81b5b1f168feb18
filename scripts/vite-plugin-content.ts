import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatContentError } from '../src/engine/check-content.ts';
import { extractLevelDescriptors, extractStructure, extractTexts } from '../src/engine/split-content.ts';
import { listContentFiles, readContent } from './read-content.ts';

const STRUCTURE = 'virtual:peldano/structure';
const TEXTS = 'virtual:peldano/texts';
const NAMES = '/names';
const LEVELS = 'virtual:peldano/levels';

/**
 * Validates content/ at build time (a broken file fails the build with the check's message) and
 * serves it as modules: the language-free structure, each language's texts as its own chunk, and the level descriptors
 * of each stage in each language as a small chunk of their own (only the screens that show them load them).
 * Runtime code therefore never validates bundled content.
 */
export function contentPlugin(contentDir = 'content'): Plugin {
  const root = resolve(contentDir);
  // Read and validated once per build (every virtual module shares it); a change under content/ clears it.
  let cached: ReturnType<typeof readValid> | undefined;
  const readValid = () => {
    const result = readContent(root);
    if (!result.ok) throw new Error(`content/ is invalid:\n${result.errors.map(formatContentError).join('\n')}`);
    return result.content;
  };
  const load = () => (cached ??= readValid());
  return {
    name: 'peldano-content',
    buildStart() {
      cached = undefined;
    },
    watchChange(id) {
      if (id.startsWith(root)) cached = undefined;
    },
    resolveId(id) {
      const ours = id === STRUCTURE || id === TEXTS || id.startsWith(`${TEXTS}/`) || id === LEVELS || id.startsWith(`${LEVELS}/`);
      return ours ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:peldano/')) return undefined;
      for (const file of listContentFiles(root)) this.addWatchFile(file);
      const content = load();
      const name = id.slice(1);
      if (name === STRUCTURE) return `export default ${JSON.stringify(extractStructure(content))};`;
      if (name === TEXTS) {
        const loaders = (suffix: string) =>
          content.model.languages.map((lang) => `${JSON.stringify(lang)}: () => import('${TEXTS}/${lang}${suffix}')`).join(', ');
        return [
          `export const contentLanguages = ${JSON.stringify(content.model.languages)};`,
          `export const textLoaders = {${loaders('')}};`,
          `export const nameLoaders = {${loaders(NAMES)}};`,
        ].join('\n');
      }
      if (name === LEVELS) {
        // levelLoaders[lang][stageId]: one chunk per language and stage.
        const byLang = content.model.languages.map((lang) => {
          const stages = content.stages.map((s) => `${JSON.stringify(s.id)}: () => import('${LEVELS}/${lang}/${s.id}')`).join(', ');
          return `${JSON.stringify(lang)}: {${stages}}`;
        });
        return `export const levelLoaders = {${byLang.join(', ')}};`;
      }
      if (name.startsWith(`${LEVELS}/`)) {
        const [lang = '', stageId = ''] = name.slice(LEVELS.length + 1).split('/');
        if (!content.model.languages.includes(lang) || !content.stages.some((s) => s.id === stageId)) {
          throw new Error(`No level descriptors for '${lang}/${stageId}'`);
        }
        return `export default ${JSON.stringify(extractLevelDescriptors(content, lang, stageId))};`;
      }
      // `<lang>/names`: the model's and stages' names alone, all the landing page shows (a small chunk).
      const namesOnly = name.endsWith(NAMES);
      const lang = name.slice(TEXTS.length + 1, namesOnly ? -NAMES.length : undefined);
      if (!content.model.languages.includes(lang)) throw new Error(`No content texts for language '${lang}'`);
      const texts = extractTexts(content, lang);
      if (!namesOnly) return `export default ${JSON.stringify(texts)};`;
      const stages = Object.fromEntries(Object.entries(texts.stages).map(([id, stage]) => [id, { name: stage.name }]));
      return `export default ${JSON.stringify({ lang, modelName: texts.modelName, stages })};`;
    },
  };
}
