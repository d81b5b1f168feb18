// Runs the browser tests with @playwright/test (playwright.config.mjs, tests/e2e/all.spec.mjs) on the built app,
// then prints one closing line for the whole run: the unit tests (vitest's JSON report) plus these.
//   node tests/e2e/run.mjs                   every browser test, the shared smoke test, then `total: N passed, M failed`
//   node tests/e2e/run.mjs <substring>       only the tests whose title ("<file>: <name>") contains it
//   node tests/e2e/run.mjs -- <playwright options>   e.g. -- --trace on -g journey
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CHROMIUM_PATH, chromiumMissingMessage } from './browser.mjs';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const args = process.argv.slice(2);
if (args[0] === '--') args.shift();
else if (args[0] && !args[0].startsWith('-')) args.splice(0, 1, '--grep', args[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

if (!fs.existsSync(CHROMIUM_PATH)) {
  if (process.env.CI) {
    console.error(`FAILED browser tests: ${chromiumMissingMessage()}`);
    process.exit(1);
  }
  console.warn(`SKIPPED browser tests: ${chromiumMissingMessage()}`);
  process.exit(0);
}

const reportFile = path.resolve('.tmp/e2e-report.json');
fs.rmSync(reportFile, { force: true });
const cli = require.resolve('@playwright/test/cli');
const run = spawnSync(process.execPath, [cli, 'test', ...args], { stdio: 'inherit' });

// Playwright's own summary counts; a run that could not start (a broken config or spec) counts as one failure.
let passed = 0;
let failed = 1;
if (fs.existsSync(reportFile)) {
  const { stats, errors = [] } = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  passed = stats.expected + stats.flaky;
  failed = stats.unexpected + errors.length;
  if (stats.flaky) console.log(`e2e: ${stats.flaky} passed only on a retry (flaky): see the list above`);
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`e2e: ${passed} passed, ${failed} failed`);
const unitReport = path.resolve('.tmp/vitest-report.json');
if (args.length === 0 && fs.existsSync(unitReport)) {
  const unit = JSON.parse(fs.readFileSync(unitReport, 'utf8'));
  console.log(`total: ${unit.numPassedTests + passed} passed, ${unit.numFailedTests + failed} failed`);
}
process.exit(failed ? 1 : 0);
