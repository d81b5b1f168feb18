// Helpers shared by the browser tests.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));

/** A fresh context and page in one language; records any request that leaves the page's origin. */
export async function openPage(browser, url, lang, options = {}) {
  const context = await browser.newContext({ locale: lang === 'es' ? 'es-ES' : 'en-US', acceptDownloads: true, ...options });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const offOrigin = [];
  const errors = [];
  page.on('request', (request) => {
    const u = new URL(request.url());
    if (u.protocol.startsWith('http') && u.origin !== origin) offOrigin.push(u.href);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const check = () => {
    if (offOrigin.length) throw new Error(`requests left the page's origin: ${offOrigin.join(', ')}`);
    if (errors.length) throw new Error(`uncaught page errors: ${errors.join(' | ')}`);
  };
  return { context, page, check };
}

/** Goes to a hash route and waits for the page's heading. */
export async function visit(page, url, route = '') {
  await page.goto(`${url}${route ? `#${route}` : ''}`);
  await page.locator('main h1').first().waitFor();
}

/** Describes the focused element, for keyboard-only journeys. */
export function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return { tag: '' };
    const fieldset = el.closest('fieldset');
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type') || '',
      id: el.id,
      text: (el.textContent || '').trim(),
      label: (el.labels?.[0]?.textContent || '').trim(),
      group: el.getAttribute('name') || '',
      inFieldset: Boolean(fieldset),
    };
  });
}

/** Presses Tab until the focused element satisfies `match`; fails after `limit` presses. */
export async function tabTo(page, match, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focus = await describeFocus(page);
    if (match(focus)) return focus;
  }
  throw new Error('keyboard: target never received focus');
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.x A and AA) on the page; returns readable violations. */
export async function axeViolations(page) {
  // evaluate() is not subject to the page's Content-Security-Policy, unlike an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  });
  return violations;
}

/**
 * Records every Content-Security-Policy violation the page reports, from its first script on; returns a
 * function that hands over (and clears) what was recorded so far.
 */
export async function recordCspViolations(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => window.__cspViolations.splice(0));
}
