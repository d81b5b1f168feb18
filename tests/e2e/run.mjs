// Browser tests: drives the built app (dist/, served under a sub-path) in the system Chromium.
// Run with tsx (npm run test:e2e) so the engine and content reader can compute expected results.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv[2];
const browser = await launchBrowser();
if (!browser) process.exit(0);
const server = await serveDist('dist');

// Every *.e2e.mjs file exports `run({ browser, url })` (one test) or `tests` (name -> run).
const files = fs.readdirSync(here).filter((f) => f.endsWith('.e2e.mjs')).sort();
const tests = [];
for (const file of files) {
  const mod = await import(path.join(here, file));
  if (mod.tests) for (const [name, run] of Object.entries(mod.tests)) tests.push({ name: `${file.replace('.e2e.mjs', '')}: ${name}`, run });
  else if (mod.run) tests.push({ name: file.replace('.e2e.mjs', ''), run: mod.run });
}

let passed = 0;
let failed = 0;
for (const test of tests) {
  if (only && !test.name.includes(only)) continue;
  const started = Date.now();
  try {
    await test.run({ browser, url: server.url, requests: server.requests });
    passed++;
    console.log(`✓ ${test.name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    console.log(`✗ ${test.name}\n  ${String(error?.stack || error).split('\n').slice(0, 6).join('\n  ')}`);
  }
}

// The acceptance conventions, checked the way the independent suite checks them.
const smoke = path.resolve('../shared/acceptance/smoke.mjs');
if (!only && fs.existsSync(smoke)) {
  const result = spawnSync(process.execPath, [smoke, 'dist'], { encoding: 'utf8', env: { ...process.env } });
  const ok = result.status === 0;
  ok ? passed++ : failed++;
  console.log(`${ok ? '✓' : '✗'} acceptance conventions (shared smoke test)\n  ${(result.stdout + result.stderr).trim().split('\n').join('\n  ')}`);
}

await browser.close();
await server.close();
console.log(`e2e: ${passed} passed, ${failed} failed`);
// One closing line for the whole run: the unit tests (vitest's JSON report) plus these.
const unitReport = path.resolve('.tmp/vitest-report.json');
if (!only && fs.existsSync(unitReport)) {
  const unit = JSON.parse(fs.readFileSync(unitReport, 'utf8'));
  console.log(`total: ${unit.numPassedTests + passed} passed, ${unit.numFailedTests + failed} failed`);
}
process.exit(failed ? 1 : 0);
