// Registers the browser tests with @playwright/test. Each tests/e2e/*.e2e.mjs file exports `tests`
// ({ name: run }) or one `run`; run({ browser, url, requests }) gets the worker's Chromium and a server
// of dist/ under a sub-path. Test titles are "<file>: <name>", as `-g <substring>` filters them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { CHROMIUM_PATH, chromiumMissingMessage } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);

const test = base.extend({
  // One server of dist/ per worker, as one per run before; `requests` lists the paths it was asked for.
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern.
    async ({}, use) => {
      if (!fs.existsSync(path.resolve('dist/index.html'))) throw new Error('dist/ is missing: run npm run build first (npm run test:e2e does).');
      const server = await serveDist('dist');
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

// Outside CI a missing Chromium skips the browser tests with how to install it (playwright.config.mjs fails under CI).
test.skip(!fs.existsSync(CHROMIUM_PATH), `SKIPPED browser tests: ${chromiumMissingMessage()}`);

const files = fs.readdirSync(here).filter((f) => f.endsWith('.e2e.mjs')).sort();
for (const file of files) {
  const mod = await import(path.join(here, file));
  const label = file.replace('.e2e.mjs', '');
  const tests = mod.tests ? Object.entries(mod.tests) : mod.run ? [[null, mod.run]] : [];
  for (const [name, run] of tests) {
    test(name === null ? label : `${label}: ${name}`, async ({ browser, server }) => {
      await run({ browser, url: server.url, requests: server.requests });
    });
  }
}

// The acceptance conventions, checked the way the independent suite checks them.
const smoke = path.resolve('../shared/acceptance/smoke.mjs');
if (fs.existsSync(smoke)) {
  test('acceptance conventions (shared smoke test)', () => {
    if (!fs.existsSync(path.resolve('dist/index.html'))) throw new Error('dist/ is missing: run npm run build first (npm run test:e2e does).');
    const result = spawnSync(process.execPath, [smoke, 'dist', '--issue', '10', '--issue', '11', '--issue', '12'], { encoding: 'utf8', env: { ...process.env } });
    const output = (result.stdout + result.stderr).trim();
    console.log(output);
    if (result.status !== 0) throw new Error(`the shared smoke test failed:\n${output}`);
  });
}
