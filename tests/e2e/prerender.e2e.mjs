// The landing pre-rendered into index.html (issue 12, "the landing's content in the first paint"): its heading is in
// the page before any script of the app runs, in the visitor's language; React hydrates it without a mismatch (React's
// production build reports one as minified error #418), also when the address changes while it starts; deep links
// never show it. Texts are read from the locale files and content/, as the build reads them.
import fs from 'node:fs';
import { equal, ok } from './assert.mjs';
import { structure, textsFor } from './expected.mjs';
import { openPage } from './page-helpers.mjs';

const locale = (lang, ns) => JSON.parse(fs.readFileSync(`src/i18n/locales/${lang}/${ns}.json`, 'utf8'));
const LANGUAGES = fs.readdirSync('src/i18n/locales').sort();
const TITLE = Object.fromEntries(LANGUAGES.map((lang) => [lang, locale(lang, 'landing').title]));
const FIRST_STAGE = structure.stages[0];
const stageName = (lang) => textsFor(lang).stages[FIRST_STAGE.id].name;
const BROWSER_LOCALE = { es: 'es-ES', en: 'en-US' };

/** Holds the app's entry script back, so what shows is what the HTML (and lang.js) alone paint. */
async function holdAppScript(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * Opens `target` with the app script held back, once the HTML is parsed and painted (DOMContentLoaded would wait for
 * the script; before the first contentful paint the render-blocking stylesheet may not have applied yet).
 */
async function openParsed(page, target) {
  await page.goto(target, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading' && performance.getEntriesByName('first-contentful-paint').length > 0);
}

/** Console errors and warnings, and uncaught errors: a hydration mismatch is reported there. */
function watchConsole(page) {
  const messages = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(String(error)));
  return messages;
}

/** The visible level-1 headings' texts. */
const visibleHeadings = (page) => page.evaluate(() => [...document.querySelectorAll('h1')].filter((h) => h.checkVisibility()).map((h) => h.textContent));

/** Records, every frame from the first, whether a landing heading is visible (window.__landingSeen). */
const watchLandingHeading = (page) =>
  page.addInitScript((titles) => {
    window.__landingSeen = false;
    const look = () => {
      if ([...document.querySelectorAll('h1')].some((h) => titles.includes(h.textContent) && h.checkVisibility())) window.__landingSeen = true;
      requestAnimationFrame(look);
    };
    look();
  }, Object.values(TITLE));

/** Waits for the first stage's page, by its heading. */
async function waitForFirstStage(page, lang) {
  await page.locator('main h1', { hasText: stageName(lang) }).waitFor();
  await page.waitForLoadState('networkidle');
}

export const tests = {
  'without JavaScript the landing heading and its start link are in the page, in each language': async ({ browser, url }) => {
    for (const lang of LANGUAGES) {
      const { context, page } = await openPage(browser, url, lang, { javaScriptEnabled: false });
      await page.goto(url);
      const headings = await visibleHeadings(page);
      ok(headings.includes(TITLE[lang]), `${lang}: the heading "${TITLE[lang]}" shows without scripts (found ${JSON.stringify(headings)})`);
      ok(await page.getByRole('link', { name: locale(lang, 'landing').start }).first().isVisible(), `${lang}: with its start link`);
      await context.close();
    }
  },

  'before the app script runs the landing is painted in the chosen language only, the remembered one first': async ({ browser, url }) => {
    for (const [browserLang, remembered, shown] of [['es', null, 'es'], ['en', null, 'en'], ['es', 'en', 'en'], ['en', 'es', 'es']]) {
      const { context, page } = await openPage(browser, url, browserLang);
      if (remembered) await context.addInitScript((value) => localStorage.setItem('peldano.language', value), remembered);
      const release = await holdAppScript(page);
      await openParsed(page, url);
      const what = `${BROWSER_LOCALE[browserLang]} browser, remembered ${remembered}`;
      equal((await visibleHeadings(page)).join(' | '), TITLE[shown], `${what}: one heading, in ${shown}`);
      equal(await page.locator('html').getAttribute('lang'), shown, `${what}: the page says its language`);
      equal(await page.getByRole('banner').count(), 1, `${what}: one header`);
      // Painted, not only laid out: the first contentful paint has happened with the app's script still held back.
      ok(await page.locator('main h1:visible').isVisible(), `${what}: the heading is on screen before the app's script`);
      release();
      await context.close();
    }
  },

  'React hydrates the pre-rendered landing: same nodes, no console error, saved work and language switch after': async ({ browser, url }) => {
    for (const lang of LANGUAGES) {
      const { context, page, check } = await openPage(browser, url, lang);
      const messages = watchConsole(page);
      // Mark the pre-rendered heading before the app runs: hydration keeps the node, a fresh render would replace it.
      const release = await holdAppScript(page);
      await openParsed(page, url);
      await page.evaluate(() => (document.querySelector(`[data-prerender-lang="${document.documentElement.lang}"] h1`).dataset.marked = 'pre'));
      release();
      await page.locator('main h1[data-marked="pre"]').waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-prerender-lang]'));
      await page.waitForLoadState('networkidle');
      equal(await page.locator('main h1').getAttribute('data-marked'), 'pre', `${lang}: the heading is the pre-rendered node, hydrated`);
      equal(await page.getByRole('banner').count(), 1, `${lang}: one header once hydrated`);
      // React handles the page: the start link goes to the profile through the router.
      await page.getByRole('link', { name: locale(lang, 'landing').start }).click();
      const profile = locale(lang, 'profile');
      await page.getByLabel(profile.organization, { exact: true }).fill('Acme');
      // Saved work: the static HTML (and so the hydrating render) has none; the hydrated page offers to continue.
      await page.goto(url);
      await page.getByRole('link', { name: locale(lang, 'landing').continue }).waitFor();
      ok(await page.getByRole('button', { name: locale(lang, 'landing').startNew }).isVisible(), `${lang}: and to start over`);
      // The header's language switch works after hydration.
      const other = LANGUAGES.find((l) => l !== lang);
      await page.getByRole('group').getByRole('button', { name: other === 'es' ? 'Español' : 'English' }).click();
      await page.getByRole('heading', { level: 1, name: TITLE[other] }).waitFor();
      equal(await page.locator('html').getAttribute('lang'), other, `${lang}: the page says its new language`);
      await page.waitForLoadState('networkidle');
      equal(messages.join(' | '), '', `${lang}: no error or warning in the console (a hydration mismatch says so there)`);
      check();
      await context.close();
    }
  },

  'a deep link to a stage opens the stage without showing the landing, and without errors': async ({ browser, url }) => {
    for (const lang of LANGUAGES) {
      const { context, page, check } = await openPage(browser, url, lang);
      const messages = watchConsole(page);
      await watchLandingHeading(page);
      const requested = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname.split('/').pop()));
      const release = await holdAppScript(page);
      await openParsed(page, `${url}#/stage/${FIRST_STAGE.order}`);
      await page.waitForTimeout(200);
      ok(await page.locator('header.app-shell').isVisible(), `${lang}: the shell header shows while the stage loads`);
      // lang.js has already asked for the stage's code and this language's texts, before the app runs (issue 12).
      ok(requested.some((file) => /^stage-page-.*\.js$/.test(file)), `${lang}: the stage's code requested with the page (${requested.join(', ')})`);
      ok(requested.some((file) => new RegExp(`^${lang}-[\\w-]+\\.js$`).test(file)), `${lang}: its content texts requested with the page`);
      ok(!requested.some((file) => LANGUAGES.some((other) => other !== lang && new RegExp(`^${other}-[\\w-]+\\.js$`).test(file))), `${lang}: not the other language's`);
      release();
      await waitForFirstStage(page, lang);
      equal(await page.evaluate(() => window.__landingSeen), false, `${lang}: the landing heading never showed on a deep link`);
      equal(await page.locator('[data-prerender-lang]').count(), 0, `${lang}: the pre-rendered copies are gone`);
      equal(messages.join(' | '), '', `${lang}: no error or warning in the console`);
      check();
      await context.close();
    }
  },

  'the address changing while the app starts: the new screen opens, with no hydration error': async ({ browser, url }) => {
    const lang = 'en';
    const stage = `#/stage/${FIRST_STAGE.order}`;
    // Before the app's script runs (a link followed on the static page, a hash typed): the script finds a stage.
    {
      const { context, page, check } = await openPage(browser, url, lang);
      const messages = watchConsole(page);
      const release = await holdAppScript(page);
      await openParsed(page, url);
      await page.getByRole('link', { name: locale(lang, 'landing').start }).waitFor();
      await page.evaluate((hash) => (window.location.hash = hash), stage);
      release();
      await waitForFirstStage(page, lang);
      equal(messages.join(' | '), '', 'changed before the script: no error or warning in the console');
      check();
      await context.close();
    }
    // After the script chose to hydrate the landing, before React's hydrating render: that render still shows the
    // landing (it must match the HTML), then the router follows the address.
    {
      const { context, page, check } = await openPage(browser, url, lang);
      const messages = watchConsole(page);
      await page.addInitScript((hash) => {
        const replaceChildren = Element.prototype.replaceChildren;
        Element.prototype.replaceChildren = function (...nodes) {
          const result = replaceChildren.apply(this, nodes);
          if (this.id === 'root' && !window.__hashChanged) {
            window.__hashChanged = true;
            window.location.hash = hash;
          }
          return result;
        };
      }, stage);
      await page.goto(url);
      await waitForFirstStage(page, lang);
      ok(await page.evaluate(() => window.__hashChanged), 'the address changed between the choice to hydrate and the hydration');
      equal(await page.evaluate(() => window.location.hash), stage, 'the address stays on the stage');
      equal(messages.join(' | '), '', 'changed during hydration: no error or warning in the console (no #418)');
      check();
      await context.close();
    }
    // Right after hydration (a test, or a person, navigating at once): back to the landing works too.
    {
      const { context, page, check } = await openPage(browser, url, lang);
      const messages = watchConsole(page);
      await page.goto(`${url}${stage}`);
      await waitForFirstStage(page, lang);
      await page.evaluate(() => (window.location.hash = '#/'));
      await page.getByRole('heading', { level: 1, name: TITLE[lang] }).waitFor();
      equal(messages.join(' | '), '', 'back to the landing: no error or warning in the console');
      check();
      await context.close();
    }
  },
};
