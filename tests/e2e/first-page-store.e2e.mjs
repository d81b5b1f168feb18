// The landing without the assessment store (issue 12, the first page's bytes): a first visit fetches none of its code,
// yet saved work, a storage that cannot save, and work saved in another tab all still show on the landing.
import { equal, ok } from './assert.mjs';
import { openPage, visit } from './page-helpers.mjs';

/** Files the page fetched, by name. */
const watchRequests = (page) => {
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname.split('/').pop()));
  return requested;
};

export const tests = {
  'a first visit fetches no screen or store code, even once the page is idle': async ({ browser, url }) => {
    const { context, page, check } = await openPage(browser, url, 'en');
    const requested = watchRequests(page);
    await visit(page, url);
    await page.waitForLoadState('networkidle');
    // The shell looks for saved data once the browser is idle (at the latest after 2 s).
    await page.waitForTimeout(2_500);
    ok(!requested.some((file) => /^(screens|saved-work|assessment-store)-/.test(file)), `no store code on a first visit (${requested.join(', ')})`);
    equal(await page.getByRole('link', { name: 'Start the assessment' }).count(), 1, 'the start link');
    equal(await page.getByRole('alert').count(), 0, 'and nothing to warn about');
    check();
    await context.close();
  },

  'a storage that refuses writes, or cannot be opened, is said on the landing': async ({ browser, url }) => {
    const cases = [
      {
        name: 'full',
        text: 'storage is full',
        refuse: () => {
          Storage.prototype.setItem = () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        },
      },
      {
        name: 'unavailable',
        text: 'does not allow saving data',
        refuse: () => {
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        },
      },
    ];
    for (const { name, text, refuse } of cases) {
      const { context, page, check } = await openPage(browser, url, 'en');
      await context.addInitScript(refuse);
      await visit(page, url);
      const alert = page.getByRole('alert').filter({ hasText: text });
      await alert.waitFor();
      ok(await alert.getByRole('button', { name: 'Download your answers (JSON)' }).isVisible(), `${name}: with the answers at hand`);
      equal(await page.getByRole('heading', { level: 1 }).count(), 1, `${name}: on the landing page`);
      check();
      await context.close();
    }
  },

  'work saved in another tab shows on an open landing page': async ({ browser, url }) => {
    const { context, page, check } = await openPage(browser, url, 'en');
    await visit(page, url);
    await page.waitForLoadState('networkidle');
    const other = await context.newPage();
    await visit(other, url, '/stage/1');
    await other.locator('fieldset input[type=radio]').first().check();
    await page.getByRole('link', { name: 'Continue the assessment' }).waitFor();
    ok(await page.getByText(/^An assessment is saved in this browser: 1 of \d+ questions answered\.$/).isVisible(), 'with how far it got');
    check();
    await context.close();
  },
};
