import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { type ContentCheck, type ContentSource, checkContent } from '../src/engine/check-content.ts';

function readYaml(path: string): ContentSource {
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw Object.assign(new Error(`${file}: file not found`), { file });
  }
  try {
    return { file, data: parse(text) };
  } catch (error) {
    // Reported by readContent like any other content error, naming the file.
    throw Object.assign(new Error(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`), { file });
  }
}

/** Every content file path, so a dev server can watch them. */
export function listContentFiles(root: string): string[] {
  const stagesDir = join(root, 'stages');
  const stageFiles = readdirSync(stagesDir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => join(stagesDir, name));
  return [join(root, 'model.yaml'), ...stageFiles, join(root, 'methodology.yaml')];
}

/** Reads and validates the content folder; YAML syntax errors are reported like any other error. */
export function readContent(root: string): ContentCheck {
  try {
    // Inside the try: a missing stages/ folder is reported like any other error, not thrown.
    const [modelPath, ...rest] = listContentFiles(root);
    const methodologyPath = rest.pop()!;
    return checkContent(
      readYaml(modelPath!),
      rest.map((path) => readYaml(path)),
      readYaml(methodologyPath),
    );
  } catch (error) {
    const file = (error as { file?: string }).file ?? root;
    return { ok: false, errors: [{ file, message: (error as Error).message.replace(`${file}: `, '') }] };
  }
}
