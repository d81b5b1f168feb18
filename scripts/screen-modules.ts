// Which source file each screen of src/app/screens.ts renders, read from the table's source: its `import('…')`, or the
// import of its eager component. The build (the first screen's files, vite-plugin-prerender.ts) and the screen table's
// test (its namespaces) both need the file, which the table itself only holds inside a function.
import fs from 'node:fs';
import path from 'node:path';

/** The file a relative import from `from` points at, or null. */
export function resolveImport(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** A function from a screen's route to the absolute path of its module; it throws on a route it cannot read. */
export function readScreenModules(root: string): (screenPath: string) => string {
  const table = path.join(root, 'src/app/screens.ts');
  const source = fs.readFileSync(table, 'utf8');
  return (screenPath) => {
    const start = source.indexOf(`path: '${screenPath}'`);
    const entry = start < 0 ? '' : source.slice(start, source.indexOf('}', source.indexOf('namespaces', start)));
    const lazy = /import\('(\.[^']+)'\)/.exec(entry)?.[1];
    const eager = /page: (\w+)/.exec(entry)?.[1];
    const spec = lazy ?? (eager ? new RegExp(`import \\{[^}]*\\b${eager}\\b[^}]*\\} from '(\\.[^']+)'`).exec(source)?.[1] : undefined);
    const resolved = spec && resolveImport(table, spec);
    if (!resolved) throw new Error(`The screen table's entry for ${screenPath} names no module that can be read (src/app/screens.ts)`);
    return resolved;
  };
}
