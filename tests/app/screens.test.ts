// The screen table (src/app/screens.ts) says which UI namespaces each screen needs, so they load with its chunk.
// A component that starts using a namespace its screen does not list would render its keys, or suspend into a
// loading state, on a slow network: this test reads each screen's code (its static imports, followed through the
// tree) and compares the namespaces it asks for with the table.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENS } from '../../src/app/screens';
import { readScreenModules, resolveImport } from '../../scripts/screen-modules';

const screenModule = readScreenModules(process.cwd());

/** Relative static imports and re-exports (not `import type`, not dynamic `import()`: those load on their own). */
function staticImports(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  const specs = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?'(\.[^']+)'/gm)].map((m) => m[1]!);
  return specs.map((spec) => resolveImport(file, spec)).filter((resolved): resolved is string => resolved !== null && /\.tsx?$/.test(resolved));
}

/**
 * Every namespace a module and what it imports render with (`useTranslation`, which suspends until they are in), with
 * the file that asks. (Code that loads a namespace itself, `loadNamespaces` then `getFixedT`, needs no entry.)
 */
function namespacesUsed(entry: string): Map<string, string> {
  const used = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    const asked = [
      ...source.matchAll(/useTranslation(?:<[^>]*>)?\(\s*'([\w-]+)'/g),
      ...source.matchAll(/useTranslation(?:<[^>]*>)?\(\s*\[([^\]]*)\]/g),
    ].flatMap((m) => m[1]!.split(',').map((ns) => ns.trim().replace(/'/g, '')));
    for (const ns of asked) if (ns && !used.has(ns)) used.set(ns, path.relative(process.cwd(), file));
    queue.push(...staticImports(file));
  }
  used.delete('common'); // the shell's own namespace, loaded before any screen
  return used;
}

describe('the screen table', () => {
  it.each(SCREENS.map((screen) => [screen.path, screen] as const))('%s lists exactly the namespaces its code uses', (screenPath, screen) => {
    const used = namespacesUsed(screenModule(screenPath));
    const missing = [...used].filter(([ns]) => !screen.namespaces.includes(ns)).map(([ns, file]) => `'${ns}' (used in ${file})`);
    const unused = screen.namespaces.filter((ns) => !used.has(ns));
    expect(missing, `add to ${screenPath} in src/app/screens.ts`).toEqual([]);
    expect(unused, `no component of ${screenPath} uses these: remove them from src/app/screens.ts`).toEqual([]);
  });

  it('lists only namespaces that exist in every language', () => {
    const languages = fs.readdirSync('src/i18n/locales');
    for (const screen of SCREENS)
      for (const ns of screen.namespaces)
        for (const lang of languages) expect(fs.existsSync(`src/i18n/locales/${lang}/${ns}.json`), `${lang}/${ns}.json for ${screen.path}`).toBe(true);
  });
});
