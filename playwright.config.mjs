// Browser tests (@playwright/test) on the system Chromium, against the built app (run `npm run build` first).
// `npm run test:e2e` builds, runs these through tests/e2e/run.mjs and prints the CI's closing `total:` line.
import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissingMessage } from './tests/e2e/browser.mjs';

// Under CI a missing Chromium fails the run; elsewhere tests/e2e/all.spec.mjs skips every test with the message.
if (process.env.CI && !fs.existsSync(CHROMIUM_PATH)) throw new Error(chromiumMissingMessage());

export default defineConfig({
  testDir: 'tests/e2e',
  // One spec registers every tests/e2e/*.e2e.mjs file's tests (see all.spec.mjs).
  testMatch: 'all.spec.mjs',
  // Two cores: one worker, tests in file order; each test opens its own browser contexts.
  workers: 1,
  fullyParallel: false,
  // Whole journeys (ten stages, the PDF, a dev server) on a shared, busy machine: minutes, not seconds.
  timeout: 300_000,
  // On CI a failure is retried once, with a trace (npx playwright show-trace <file> opens it); locally none.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  outputDir: '.tmp/e2e-results',
  reporter: [['list'], ['json', { outputFile: '.tmp/e2e-report.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'on-first-retry',
  },
});
