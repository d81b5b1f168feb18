import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { build, createServer, type Plugin } from 'vite';
import { routeExpression, type ScreenFiles } from '../src/first-screen-table.ts';
import { readScreenModules } from './screen-modules.ts';
import { contentPlugin } from './vite-plugin-content.ts';

// The landing's content in the first paint: the build renders the app at `#/` in every UI language into index.html
// (before vite-plugin-pwa precaches it) from the same sources as the app (locale JSON, content/), and lang.js, a classic
// script in <head>, marks <html> so that the stylesheet shows the visitor's copy before anything paints. src/main.tsx
// then hydrates that copy. The dev server renders on the client as before (this plugin applies to the build only).
// On a deep link lang.js also requests the opened screen's files (src/first-screen-table.ts): the table of each
// screen's chunks, styles and texts is written into it once the bundle exists.

const MARKER = '<!--prerender-->';
const RENDER_ENTRY = 'src/prerender.tsx';
const LANGUAGE_ENTRY = 'src/prerender-language.ts';
const LANGUAGE_SCRIPT = 'lang.js';

interface ScreenNeeds {
  path: string;
  lazy: boolean;
  namespaces: string[];
  texts: 'all' | 'names' | null;
}

interface RenderEntry {
  languages: string[];
  screenNeeds: ScreenNeeds[];
  renderLanding: (lang: string) => Promise<string>;
}

// Stands for the table in lang.js until the bundle exists (a string literal survives minifying, in any quotes).
const FILES_MARKER = '__PELDANO_FIRST_SCREEN_FILES__';
const FILES_MARKER_PATTERN = new RegExp(`[\`'"]${FILES_MARKER}[\`'"]`);

/** Renders the landing in each language through a throwaway Vite server (the content's virtual modules, JSX, JSON). */
async function renderCopies(root: string): Promise<{ copies: { lang: string; html: string }[]; screens: ScreenNeeds[] }> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [react(), contentPlugin(path.join(root, 'content'))],
  });
  try {
    const entry = (await server.ssrLoadModule(`/${RENDER_ENTRY}`)) as RenderEntry;
    const copies = [];
    for (const lang of entry.languages) copies.push({ lang, html: await entry.renderLanding(lang) });
    return { copies, screens: entry.screenNeeds };
  } finally {
    await server.close();
  }
}

/** lang.js: src/prerender-language.ts bundled as a small classic script (the app's own language choice, minified). */
async function buildLanguageScript(root: string, languages: string[]): Promise<string> {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'error',
    define: { __UI_LANGUAGES__: JSON.stringify(languages), __FIRST_SCREEN_FILES__: JSON.stringify(FILES_MARKER) },
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: path.join(root, LANGUAGE_ENTRY), formats: ['iife'], name: 'peldanoLanguage', fileName: () => LANGUAGE_SCRIPT },
      minify: true,
    },
  });
  const chunk = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`Could not build ${LANGUAGE_SCRIPT} from ${LANGUAGE_ENTRY}`);
  if (!FILES_MARKER_PATTERN.test(chunk.code)) throw new Error(`${LANGUAGE_SCRIPT} lost the place of the first screen's files`);
  return chunk.code;
}

/**
 * Each lazy screen's files from the bundle: its chunk and the chunks it imports that the entry does not already load,
 * their styles, and per language its namespaces and content texts. The landing is in the entry: nothing to add.
 */
function listScreenFiles(root: string, bundle: OutputBundle, screens: ScreenNeeds[], languages: string[]): ScreenFiles[] {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const byModule = new Map(chunks.filter((c) => c.facadeModuleId).map((c) => [c.facadeModuleId!, c]));
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const withImports = (chunk: OutputChunk, into = new Set<string>()): Set<string> => {
    if (into.has(chunk.fileName)) return into;
    into.add(chunk.fileName);
    for (const name of chunk.imports) withImports(byName.get(name)!, into);
    return into;
  };
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('No entry chunk in the bundle');
  const loaded = withImports(entry);
  const chunkOf = (id: string, what: string) => {
    const chunk = byModule.get(id);
    if (!chunk) throw new Error(`No chunk of its own for ${what} (${id}): the first screen's files cannot list it`);
    return chunk;
  };
  const moduleOf = readScreenModules(root);
  return screens
    .filter((screen) => screen.lazy && screen.path !== '*')
    .map((screen) => {
      const code = [...withImports(chunkOf(moduleOf(screen.path), `the screen ${screen.path}`))].filter((name) => !loaded.has(name));
      const styles = code.flatMap((name) => [...(byName.get(name)!.viteMetadata?.importedCss ?? [])]);
      const texts = Object.fromEntries(
        languages.map((lang) => {
          const namespaces = screen.namespaces.map((ns) => chunkOf(path.join(root, `src/i18n/locales/${lang}/${ns}.json`), `${lang}/${ns}`).fileName);
          const content = screen.texts ? [chunkOf(`\0virtual:peldano/texts/${lang}${screen.texts === 'names' ? '/names' : ''}`, `the ${lang} content texts`).fileName] : [];
          return [lang, [...namespaces, ...content].filter((name) => !loaded.has(name))];
        }),
      );
      return { route: routeExpression(screen.path), files: [...code, ...styles], texts };
    });
}

export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  let copies: { lang: string; html: string }[] = [];
  let screens: ScreenNeeds[] = [];
  let languageScript = '';
  return {
    name: 'peldano-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      ({ copies, screens } = await renderCopies(root));
      for (const { lang, html } of copies) {
        // The policy's style-src 'self' blocks style attributes in the page's HTML (and React would not set them again).
        if (/\sstyle="/.test(html)) throw new Error(`The pre-rendered landing (${lang}) has a style attribute, which the Content-Security-Policy blocks`);
      }
      languageScript = await buildLanguageScript(
        root,
        copies.map((copy) => copy.lang),
      );
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(MARKER)) throw new Error(`index.html needs ${MARKER} inside <div id="root"> for the pre-rendered landing`);
        const markup = copies.map(({ lang, html: copy }) => `<div data-prerender-lang="${lang}">${copy}</div>`).join('');
        return (
          html
            // The template's comments are for its readers (the first page's bytes count); React's markers come after.
            .replace(/<!--(?!prerender-->)[\s\S]*?-->\s*/g, '')
            .replace(MARKER, markup)
            // Before the stylesheet and the app's script: it runs as soon as it arrives, before the first paint.
            .replace('</title>', `</title>\n    <script src="./${LANGUAGE_SCRIPT}"></script>`)
        );
      },
    },
    generateBundle(_options, bundle) {
      const table = listScreenFiles(
        root,
        bundle,
        screens,
        copies.map((copy) => copy.lang),
      );
      this.emitFile({ type: 'asset', fileName: LANGUAGE_SCRIPT, source: languageScript.replace(FILES_MARKER_PATTERN, JSON.stringify(table)) });
    },
  };
}
