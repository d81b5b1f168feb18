// Uses Node APIs (fs, child_process, os): say so here rather than rely on the tsconfig's type list.
/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { question, questionData, stageData, validContent, writeContentDir } from './fixtures';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs `npx tsx scripts/content-check.ts <dir>` the way a consultant would. */
function runCheck(dir: string) {
  made.push(dir);
  const run = spawnSync('npx', ['tsx', 'scripts/content-check.ts', dir], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run content:check', { timeout: 60_000 }, () => {
  it('prints one summary line for a valid folder', () => {
    const content = validContent();
    stageData(content, 'observe').questions.push(question('observe', 6, 'publishing', 3), question('observe', 7, 'listening', 1));
    const { status, stdout } = runCheck(writeContentDir(content));
    expect(stdout.trim()).toBe('content ok: 10 stages, 52 questions, languages es,en');
    expect(status).toBe(0);
  });

  it('exits non-zero and prints every problem with file, id and field', () => {
    const content = validContent();
    delete questionData(content, 'prepare', 3).statement.en;
    questionData(content, 'voice', 1).weight = 4;
    // Written to YAML and read back: the level keys are numbers there, and still named in the message.
    delete (questionData(content, 'act', 2).levels as Record<string, unknown>)['3'];
    const { status, stdout, stderr } = runCheck(writeContentDir(content));
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain("stages/02-prepare.yaml: 'prepare-q3' → statement.en: missing translation");
    expect(stderr).toContain("stages/04-voice.yaml: 'voice-q1' → weight: weight out of range (1 to 3)");
    expect(stderr).toContain("stages/05-act.yaml: 'act-q2' → levels.3: missing descriptor for level 3");
    expect(stderr).toContain('content check failed: 3 problem(s)');
  });
});
