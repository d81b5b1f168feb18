// Part of lang.js (see prerender-language.ts): on a deep link, the files the opened screen needs are requested from
// <head>, together with the app's own scripts, rather than once the app has run and asked for them (one round trip
// instead of three on a slow phone network). The build writes the table (scripts/vite-plugin-prerender.ts) from the
// screen table (src/app/screens.ts) and the bundle; the app then finds every file already on its way. This module is
// the table's shape and reading, pure (the build uses it too); first-screen-files.ts adds the links.

/** One screen's files, as the build lists them (paths relative to index.html). */
export interface ScreenFiles {
  /** The route as a regular expression's source, anchored (from the screen table's react-router pattern). */
  route: string;
  /** Its code and styles, in any language. */
  files: string[];
  /** Its texts, per UI language. */
  texts: Record<string, string[]>;
}

/** The files to fetch for `path` in `lang`: the first screen whose route matches (the app's own rule), or none. */
export function filesForRoute(table: readonly ScreenFiles[], path: string, lang: string): string[] {
  const screen = table.find((entry) => new RegExp(entry.route, 'i').test(path));
  return screen ? [...screen.files, ...(screen.texts[lang] ?? [])] : [];
}

/** A react-router pattern (`/stage/:order`, `/shared/*`) as the anchored expression `filesForRoute` tests. */
export function routeExpression(pattern: string): string {
  const parts = pattern
    .split('/')
    .filter(Boolean)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return `^/${parts.join('/')}/?$`;
}
