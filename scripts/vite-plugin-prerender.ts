import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build, createServer, type Plugin } from 'vite';
import { contentPlugin } from './vite-plugin-content.ts';

// The landing's content in the first paint: the build renders the app at `#/` in every UI language into index.html
// (before vite-plugin-pwa precaches it) from the same sources as the app (locale JSON, content/), and lang.js, a classic
// script in <head>, marks <html> so that the stylesheet shows the visitor's copy before anything paints. src/main.tsx
// then hydrates that copy. The dev server renders on the client as before (this plugin applies to the build only).

const MARKER = '<!--prerender-->';
const RENDER_ENTRY = 'src/prerender.tsx';
const LANGUAGE_ENTRY = 'src/prerender-language.ts';
const LANGUAGE_SCRIPT = 'lang.js';

interface RenderEntry {
  languages: string[];
  renderLanding: (lang: string) => Promise<string>;
}

/** Renders the landing in each language through a throwaway Vite server (the content's virtual modules, JSX, JSON). */
async function renderCopies(root: string): Promise<{ lang: string; html: string }[]> {
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
    return copies;
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
    define: { __UI_LANGUAGES__: JSON.stringify(languages) },
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: path.join(root, LANGUAGE_ENTRY), formats: ['iife'], name: 'peldanoLanguage', fileName: () => LANGUAGE_SCRIPT },
      minify: true,
    },
  });
  const chunk = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`Could not build ${LANGUAGE_SCRIPT} from ${LANGUAGE_ENTRY}`);
  return chunk.code;
}

export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  let copies: { lang: string; html: string }[] = [];
  let languageScript = '';
  return {
    name: 'peldano-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      copies = await renderCopies(root);
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
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: LANGUAGE_SCRIPT, source: languageScript });
    },
  };
}
