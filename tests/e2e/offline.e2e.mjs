// Offline and installable: after one visit the whole app (the PDF included) works with no network at all, the
// web manifest makes it installable, and a new version announces itself without losing an answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { equal, ok } from './assert.mjs';
import { answerAllStages } from './journey.mjs';
import { serveDist } from './serve-dist.mjs';

/** Waits until the service worker controls the page (the first visit installs it; a reload puts it in charge). */
async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}

export const tests = {
  async 'installable: a web manifest with name, start URL, standalone display and 192/512 px icons'({ browser, url }) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    ok(href, 'a <link rel="manifest">');
    const manifestUrl = new URL(href, url).href;
    const manifest = await (await context.request.get(manifestUrl)).json();
    equal(manifest.name, 'Peldaño', 'manifest name');
    equal(manifest.display, 'standalone', 'manifest display');
    equal(new URL(manifest.start_url, manifestUrl).href, url, 'start_url is the app, under its sub-path');
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png' && !i.purpose);
      ok(icon, `a ${size} PNG icon`);
      const response = await context.request.get(new URL(icon.src, manifestUrl).href);
      equal(response.headers()['content-type'], 'image/png', `${size} icon is served as a PNG`);
    }
    ok(manifest.icons.some((i) => i.purpose === 'maskable'), 'a maskable icon');
    await context.close();
  },

  async 'offline after one visit: every screen, a whole assessment and the PDF, with no network'({ browser, url }) {
    const context = await browser.newContext({ locale: 'es-ES', acceptDownloads: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url);
    await page.locator('main h1').first().waitFor();
    await waitForServiceWorker(page);

    // No network from here on: the browser is offline and anything that still reaches for the network fails.
    const reached = [];
    await context.setOffline(true);
    await context.route('**/*', (route) => {
      reached.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.reload();
    await page.locator('main h1').first().waitFor();
    await answerAllStages(page, url, (stage, i) => (stage * 2 + i) % 6);
    await page.goto(`${url}#/results`);
    await page.locator('[data-placement]').waitFor();
    const pdf = page.getByRole('button', { name: /PDF/ });
    ok(await pdf.count(), 'a PDF button on the results page');
    const [download] = await Promise.all([page.waitForEvent('download'), pdf.first().click()]);
    ok((await download.suggestedFilename()).endsWith('.pdf'), 'the PDF is generated offline');
    for (const route of ['/model', '/workshop', '/profile']) {
      await page.goto(`${url}#${route}`);
      await page.locator('main h1').first().waitFor();
    }
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /organisation|organization/i }).waitFor();
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    equal(reached.join(', '), '', 'requests that went to the network while offline');
    equal(errors.join(' | '), '', 'uncaught page errors offline');
    await context.close();
  },

  async 'a new version announces itself (role=status) and switching to it keeps every answer'({ browser }) {
    // A copy of the build on a server of its own, so "publishing a new version" touches nothing shared.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peldano-update-'));
    fs.cpSync('dist', dir, { recursive: true });
    const server = await serveDist(dir);
    const context = await browser.newContext({ locale: 'es-ES' });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.locator('main h1').first().waitFor();
      await waitForServiceWorker(page);
      equal(await page.getByRole('button', { name: 'Actualizar ahora' }).count(), 0, 'update buttons without an update');

      await page.goto(`${server.url}#/stage/1`);
      const first = page.locator('fieldset').filter({ has: page.getByRole('radio') }).first();
      await first.getByRole('radio').nth(3).check();
      // Publish the next version (a service worker one byte different), which the open page then finds.
      fs.appendFileSync(path.join(dir, 'sw.js'), '\n// next version\n');
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      const banner = page.getByRole('status').filter({ hasText: 'nueva versión' });
      await banner.waitFor({ timeout: 20_000 });
      await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Actualizar ahora' }).click()]);
      await page.locator('main h1').first().waitFor();
      const answered = page.locator('fieldset').filter({ has: page.getByRole('radio') }).first().getByRole('radio').nth(3);
      ok(await answered.isChecked(), 'the answer given before the update is still there');
      ok(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL.endsWith('sw.js')), 'the new version is in charge');
    } finally {
      await context.close();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
