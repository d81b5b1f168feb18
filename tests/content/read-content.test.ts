// Uses Node APIs (fs, child_process, os): say so here rather than rely on the tsconfig's type list.
/// <reference types="node" />
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent, listContentFiles } from '../../scripts/read-content';
import { formatContentError } from '../../src/engine/check-content';
import { extractStructure } from '../../src/engine/split-content';
import { stageData, validContent, writeContentDir } from './fixtures';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const made: string[] = [];
const tempDir = (...args: Parameters<typeof writeContentDir>) => {
  const dir = writeContentDir(...args);
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the real content folder', () => {
  it('passes the check: 10 stages, at least 55 questions, languages es and en', () => {
    const result = readContent(resolve(PROJECT_ROOT, 'content'));
    // On failure, show the consultant-facing messages rather than just "false".
    expect(result.ok ? [] : result.errors.map(formatContentError)).toEqual([]);
    if (!result.ok) return;
    expect(result.content.stages).toHaveLength(10);
    expect(result.content.stages.reduce((n, s) => n + s.questions.length, 0)).toBeGreaterThanOrEqual(55);
    expect(result.content.model.languages).toEqual(['es', 'en']);
    const structure = extractStructure(result.content);
    expect(structure.stages.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('readContent', () => {
  it('reads a valid folder of YAML files', () => {
    const result = readContent(tempDir(validContent()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.content.stages.map((s) => s.questions.length)).toEqual(Array(10).fill(5));
  });

  it('names the file of a broken stage, below the content folder', () => {
    const content = validContent();
    delete stageData(content, 'prepare').questions[2]!.statement.en;
    const result = readContent(tempDir(content));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(formatContentError(result.errors[0]!)).toMatch(/stages\/02-prepare\.yaml: 'prepare-q3' → statement\.en: missing translation$/);
  });

  it('reports a YAML syntax error with the file it is in', () => {
    const dir = tempDir(validContent());
    writeFileSync(join(dir, 'stages', '03-socialize.yaml'), 'id: socialize\nname: { es: Hola, en: Hello\n');
    const result = readContent(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatContentError(result.errors[0]!)).toMatch(/stages\/03-socialize\.yaml: not valid YAML: /);
  });

  it('reports a missing methodology.yaml', () => {
    const dir = tempDir(validContent());
    rmSync(join(dir, 'methodology.yaml'));
    const result = readContent(dir);
    expect(result.ok ? [] : result.errors.map(formatContentError)).toEqual([expect.stringMatching(/methodology\.yaml: file not found$/)]);
  });

  it('regression: reports a folder without stages/ instead of throwing', () => {
    const dir = tempDir(validContent());
    rmSync(join(dir, 'stages'), { recursive: true });
    const result = readContent(dir);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatContentError(result.errors[0]!)).toContain('stages');
  });

  it('lists model.yaml first, the stage files in name order, methodology.yaml last', () => {
    const dir = tempDir(validContent());
    mkdirSync(join(dir, 'stages', 'notes'));
    writeFileSync(join(dir, 'stages', 'README.md'), 'not content');
    const files = listContentFiles(dir).map((f) => f.slice(dir.length + 1));
    expect(files).toEqual([
      'model.yaml',
      'stages/01-observe.yaml',
      'stages/02-prepare.yaml',
      'stages/03-socialize.yaml',
      'stages/04-voice.yaml',
      'stages/05-act.yaml',
      'stages/06-humanize.yaml',
      'stages/07-community.yaml',
      'stages/08-adapt.yaml',
      'stages/09-processes.yaml',
      'stages/10-measure.yaml',
      'methodology.yaml',
    ]);
  });
});
