// The first page: what it carries and what it paints before its scripts run (issue 11's budget, issue 12's
// "landing's content in the first paint").
import { equal, ok } from './assert.mjs';
import { openPage, visit } from './page-helpers.mjs';

const WORKSHOP_KEY = 'peldano.workshop';
const damagedWorkshop = JSON.stringify({ state: { title: 'March workshop', participants: 'not a list' }, version: 2 });

export const tests = {
  // The workshop store left the first page (issue 11's budget; the bench enforces the bytes): a damaged saved workshop
  // must still be reported there, once the page is idle.
  'a damaged saved workshop is reported on the landing page, whose first load carries no workshop code': async ({ browser, url }) => {
    const { context, page, check } = await openPage(browser, url, 'en');
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname.split('/').pop()));
    await visit(page, url);
    await page.waitForLoadState('networkidle');
    ok(!requested.some((file) => /workshop|storage-banners/.test(file)), `no workshop code without a saved workshop (${requested.join(', ')})`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSHOP_KEY, damagedWorkshop]);
    await page.reload();
    await page.locator('main h1').first().waitFor();
    const alert = page.getByRole('alert').filter({ hasText: 'The workshop saved in this browser was damaged' });
    await alert.waitFor();
    ok(await alert.getByRole('button', { name: 'Download the original copy' }).isVisible(), 'with the original at hand');
    equal(await page.getByRole('heading', { level: 1 }).count(), 1, 'on the landing page');
    check();
    await context.close();
  },
};
