// How the build groups modules into files. Left to itself the bundler made ~40 files of a few hundred bytes each,
// and a phone on a slow network pays a round trip for each (six at a time over HTTP/1.1): the results page fetched
// 37 files. These groups keep the split by route (nothing loads before a screen needs it) in far fewer files:
// - framework: React, the router, i18next and zustand, the parts of them the first page runs;
// - core: the app's own modules the first page imports (read from the module graph, so it never grows by accident);
// - screens: modules that several lazily loaded screens share (the framework's parts the first page does not run
//   included), except those reaching a library the first page does not load (zod, jsPDF, the form library...): such a
//   library stays with the screens that use it, not with every screen.
import type { Plugin } from 'vite';

const FRAMEWORK = /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|i18next|react-i18next|zustand|use-sync-external-store)[\\/]/;
const LIBRARY = /[\\/]node_modules[\\/]/;
const APP_SOURCE = /[\\/]src[\\/]/;
const CONTENT_MODULE = /^\0virtual:peldano\//;

interface ModuleGraph {
  /** App modules the entry imports statically, directly or not (the entry itself keeps its own chunk). */
  firstPage: Set<string>;
  /** App modules that import a library the first page does not load, directly or through other modules. */
  usesLibrary: Set<string>;
}

export function codeSplittingPlugin(): { plugin: Plugin; codeSplitting: object } {
  let graph: ModuleGraph = { firstPage: new Set(), usesLibrary: new Set() };
  const plugin: Plugin = {
    name: 'peldano-code-splitting',
    apply: 'build',
    buildEnd() {
      const firstPage = new Set<string>();
      const usesLibrary = new Set<string>();
      const ids = [...this.getModuleIds()];
      // index.html is the bundler's entry; the script it loads (src/main.tsx) keeps its own chunk, which runs it.
      const entries = ids
        .filter((id) => this.getModuleInfo(id)?.isEntry)
        .flatMap((id) => (id.endsWith('.html') ? [id, ...(this.getModuleInfo(id)?.importedIds ?? [])] : [id]));
      const queue = entries.flatMap((id) => this.getModuleInfo(id)?.importedIds ?? []);
      while (queue.length) {
        const id = queue.pop()!;
        if (firstPage.has(id) || entries.includes(id)) continue;
        firstPage.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      // Modules that reach a library the first page does not load through their static imports, directly or not. (The
      // framework's parts the first page does not run, such as zustand's persist middleware, go with what uses them
      // without counting as such a library: every screen reaches the store.)
      const isLazyLibrary = (id: string) => LIBRARY.test(id) && !FRAMEWORK.test(id) && !firstPage.has(id);
      const reachesLibrary = (id: string, seen = new Set<string>()): boolean => {
        if (isLazyLibrary(id) || usesLibrary.has(id)) return true;
        if (seen.has(id)) return false;
        seen.add(id);
        return (this.getModuleInfo(id)?.importedIds ?? []).some((imported) => reachesLibrary(imported, seen));
      };
      for (const id of ids) if (APP_SOURCE.test(id) && reachesLibrary(id)) usesLibrary.add(id);
      graph = { firstPage, usesLibrary };
    },
  };
  // The app's own modules: its source files and the content plugin's modules (the model's structure...), not the locales.
  const isApp = (id: string) => (APP_SOURCE.test(id) || CONTENT_MODULE.test(id)) && !id.endsWith('.json');
  const codeSplitting = {
    groups: [
      { name: 'framework', test: (id: string) => FRAMEWORK.test(id) && graph.firstPage.has(id), priority: 30 },
      { name: 'core', test: (id: string) => isApp(id) && graph.firstPage.has(id), priority: 20 },
      {
        name: 'screens',
        test: (id: string) => (isApp(id) || FRAMEWORK.test(id)) && !graph.firstPage.has(id) && !graph.usesLibrary.has(id),
        minShareCount: 2,
        includeDependenciesRecursively: false,
        priority: 10,
      },
    ],
  };
  return { plugin, codeSplitting };
}
