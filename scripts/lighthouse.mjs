// Lighthouse (mobile, its default) on the landing page, a stage page and the results page of the built site, against the
// system Chromium. Targets: performance >= 98 (issue 12), accessibility 100, best practices 100. Prints a table and the
// audits that cost points; exits non-zero below a target. The site is served as static hosts serve it, over HTTPS and
// HTTP/2 (a test certificate): Lighthouse's simulated slow network would otherwise charge every file a connection of its
// own over plain HTTP/1.1, which no host the app is meant for uses.
// Usage: npm run bench:lighthouse   (builds first)   or   node scripts/lighthouse.mjs [--runs N] [--dist DIR] [--save DIR]
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.mjs';
import { answerAllStages } from '../tests/e2e/journey.mjs';
import { serveDist } from '../tests/e2e/serve-dist.mjs';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
// --save DIR keeps each run's full Lighthouse report (JSON), to see what a lost point is made of.
const saveDir = option('--save', null);
const runs = Math.max(1, Number(option('--runs', 1)) || 1);
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100 };
const CATEGORIES = Object.keys(TARGETS);

const server = await serveDist(option('--dist', 'dist'), undefined, {}, { tls: true });
const chrome = await launch({ chromePath: process.env.CHROME_PATH || CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS, '--ignore-certificate-errors'] });

/** Answers the whole questionnaire in this Chrome, so the results page has a complete assessment to show. */
async function seedAnswers() {
  const { chromium } = require('playwright-core');
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const page = await browser.contexts()[0].newPage();
  await answerAllStages(page, server.url, (stage, i) => (stage <= 4 ? 4 : (stage + i) % 5));
  await page.close();
  return browser;
}

const pages = [
  { name: 'landing', route: '' },
  { name: 'stage 1', route: '#/stage/1' },
  { name: 'results (complete assessment)', route: '#/results', seeded: true },
];
/** What an audit found, in a line or two: the elements or issues it names. */
function describeItems(audit) {
  const items = audit.details?.items ?? [];
  const text = items
    .flatMap((item) => [item.node?.snippet, item.node?.selector, item.issueType, ...(item.subItems?.items ?? []).map((s) => s.url ?? s.node?.snippet ?? JSON.stringify(s))])
    .filter(Boolean)
    .slice(0, 4)
    .join(' | ');
  return text ? `\n      ${text.slice(0, 400)}` : '';
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
const failures = [];
const lost = new Map();
let seededBrowser = null;
try {
  for (const target of pages) {
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    for (let run = 0; run < runs; run++) {
      if (target.seeded) seededBrowser ??= await seedAnswers();
      const result = await lighthouse(`${server.url}${target.route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        // Every run is a cold load: the service worker, its caches and the HTTP cache are cleared. Local storage is
        // not (Lighthouse's default), so the results page finds the answers the seeding saved.
        clearStorageTypes: ['file_systems', 'shader_cache', 'service_workers', 'cache_storage'],
      });
      const { categories, audits } = result.lhr;
      if (saveDir) {
        await mkdir(saveDir, { recursive: true });
        await writeFile(path.join(saveDir, `${target.name.split(' ')[0]}-${run + 1}.json`), JSON.stringify(result.lhr));
      }
      for (const category of CATEGORIES) {
        scores[category].push(Math.round((categories[category]?.score ?? 0) * 100));
        for (const ref of categories[category]?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
            lost.set(`${target.name} / ${category} / ${ref.id}`, `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}${describeItems(audit)}`);
          }
        }
      }
      if (run === 0) {
        const m = audits;
        target.metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
          .map((id) => `${id.split('-').map((w) => w[0]).join('').toUpperCase()} ${m[id]?.displayValue ?? '?'}`)
          .join(', ');
      }
    }
    const row = { page: target.name };
    for (const category of CATEGORIES) {
      row[category] = median(scores[category]);
      if (row[category] < TARGETS[category]) failures.push(`${target.name}: ${category} ${row[category]} < ${TARGETS[category]}`);
    }
    row.metrics = target.metrics;
    rows.push(row);
  }
} finally {
  await seededBrowser?.close().catch(() => undefined);
  chrome.kill();
  await server.close();
}

const columns = ['page', ...CATEGORIES, 'metrics'];
const text = (row, c) => String(row[c] ?? '');
const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => text(r, c).length)));
console.log(`\nLighthouse (mobile${runs > 1 ? `, median of ${runs}` : ''}); targets: ${CATEGORIES.map((c) => `${c} >= ${TARGETS[c]}`).join(', ')}`);
console.log(columns.map((c, i) => c.padEnd(widths[i])).join(' | '));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of rows) console.log(columns.map((c, i) => text(row, c).padEnd(widths[i])).join(' | '));
if (lost.size) console.log(`\nAudits that cost points:\n${[...lost].map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
if (failures.length) {
  console.error(`\nBelow target: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\nAll Lighthouse targets met.');
