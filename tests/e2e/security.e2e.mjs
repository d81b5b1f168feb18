// Content-Security-Policy and origin: no inline script, no other origin, and not one request leaves the page's origin
// on any screen, the PDF download and the service worker's precache included.
import { equal, ok } from './assert.mjs';
import { answerAllStages } from './journey.mjs';
import { recordCspViolations } from './page-helpers.mjs';

const SCREENS = ['/', '/profile', '/stage/1', '/stage/10', '/results', '/model', '/workshop', '/no-such-page'];

export async function run({ browser, url }) {
  const origin = new URL(url).origin;
  const context = await browser.newContext({ locale: 'es-ES', acceptDownloads: true });
  const outside = [];
  // Context-wide, so requests from the service worker count too; nothing outside is ever let through.
  await context.route(
    (u) => u.origin !== origin,
    (route) => {
      outside.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  context.on('request', (request) => {
    const u = new URL(request.url());
    if (u.protocol.startsWith('http') && u.origin !== origin && !outside.includes(u.href)) outside.push(u.href);
  });
  const page = await context.newPage();
  const violations = await recordCspViolations(page);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));

  await page.goto(url);
  await page.locator('main h1').first().waitFor();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  ok(policy, 'a Content-Security-Policy meta tag');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  equal(directives['default-src']?.join(' '), "'self'", 'default-src');
  equal(directives['script-src']?.join(' '), "'self'", 'script-src: this origin only, no inline script, no eval');
  ok(!policy.includes('unsafe-inline') && !policy.includes('unsafe-eval'), 'no unsafe-inline or unsafe-eval anywhere');
  ok(!/https?:|\*/.test(policy), 'no other origin named or wildcarded');
  equal(await page.locator('script:not([src])').count(), 0, 'inline <script> elements in the built page');

  // Every screen, a complete assessment, the PDF, and the second language.
  const seen = [];
  for (const route of SCREENS) {
    await page.goto(`${url}#${route}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    for (const v of await violations()) seen.push(`${route}: ${v}`);
  }
  await answerAllStages(page, url, (stage, i) => (stage + i) % 6);
  await page.goto(`${url}#/results`);
  const pdf = page.getByRole('button', { name: /PDF/ });
  if (await pdf.count()) {
    const [download] = await Promise.all([page.waitForEvent('download'), pdf.first().click()]);
    ok(await download.path(), 'the PDF was downloaded');
  }
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  for (const v of await violations()) seen.push(`journey: ${v}`);
  // zod probes for eval (and falls back) unless configured jitless: z.config({ jitless: true }).
  equal(seen.join(', '), '', 'Content-Security-Policy violations while using the app');
  equal(outside.join(', '), '', 'requests that left the page’s origin');

  // The policy is in force: an injected inline script and a request to another origin are both refused.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    const img = new Image();
    img.src = 'https://tracker.example/pixel.gif';
    document.body.append(img);
  });
  await page.waitForTimeout(200);
  ok(!(await page.evaluate(() => window.__inlineRan)), 'an injected inline script does not run');
  const refused = await violations();
  ok(refused.some((v) => v.startsWith('script-src')), `the inline script is reported as a violation (${refused})`);
  ok(refused.some((v) => v.startsWith('img-src') && v.includes('tracker.example')), `the other origin is refused by the policy (${refused})`);
  equal(errors.join(' | '), '', 'uncaught page errors');
  await context.close();
}
