// Part of lang.js (see prerender-language.ts): adds the preload links for the files first-screen-table.ts picked.

/** Adds the preload links: scripts as module preloads, styles as style preloads (the app applies them when it runs). */
export function preloadFiles(files: readonly string[], doc: Document = document): void {
  for (const file of files) {
    const link = doc.createElement('link');
    const style = file.endsWith('.css');
    link.rel = style ? 'preload' : 'modulepreload';
    if (style) link.setAttribute('as', 'style');
    // Fetched in CORS mode, as Vite's loader then asks for them: a preload in another mode would go unused.
    link.crossOrigin = '';
    // The absolute address, as Vite's loader writes it, so it sees the file is already asked for.
    link.href = new URL(file, doc.baseURI).href;
    doc.head.appendChild(link);
  }
}
