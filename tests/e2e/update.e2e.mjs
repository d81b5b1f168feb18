// A tab left on the old version after another tab accepted an update: opening a screen it had not loaded shows a
// translated message with a working reload (never a blank page), and its own "Update now" reloads it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { equal, ok } from './assert.mjs';
import { serveDist } from './serve-dist.mjs';

/** Waits until the service worker controls the page (the first visit installs it; a reload puts it in charge). */
async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}

/**
 * The next version of the build, as a real deploy makes it: every hashed file under a new name (so the old names are
 * gone from the server and from the new precache) and index.html changed.
 */
function nextVersion(from, to) {
  fs.cpSync(from, to, { recursive: true });
  const assets = fs.readdirSync(path.join(to, 'assets'));
  const renamed = assets.map((name) => [name, name.replace(/(\.[a-z0-9]+)$/, 'v2$1')]);
  for (const [name, next] of renamed) fs.renameSync(path.join(to, 'assets', name), path.join(to, 'assets', next));
  const textFiles = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? textFiles(path.join(dir, e.name)) : /\.(html|js|css|json|webmanifest)$/.test(e.name) ? [path.join(dir, e.name)] : []));
  for (const file of textFiles(to)) {
    let text = fs.readFileSync(file, 'utf8');
    for (const [name, next] of renamed) text = text.split(name).join(next);
    // The precache lists index.html with a revision (its name has no hash): a new one makes the worker fetch it again.
    if (path.basename(file) === 'sw.js') text = text.replace(/(url:"index\.html",revision:")[^"]+"/, '$1next-version"');
    fs.writeFileSync(file, text);
  }
}

export const tests = {
  async 'stale tab after an update: a screen it had not loaded offers a reload, and its "Update now" reloads (regression: blank page)'({ browser }) {
    const served = fs.mkdtempSync(path.join(os.tmpdir(), 'peldano-stale-'));
    const next = `${served}-next`;
    fs.cpSync('dist', served, { recursive: true });
    nextVersion('dist', next);
    const server = await serveDist(served);
    const context = await browser.newContext({ locale: 'es-ES' });
    try {
      const [accepting, stale, staleButton] = [await context.newPage(), await context.newPage(), await context.newPage()];
      const errors = [];
      for (const page of [stale, staleButton]) page.on('pageerror', (error) => errors.push(String(error)));
      await accepting.goto(server.url);
      await accepting.locator('main h1').first().waitFor();
      await waitForServiceWorker(accepting);
      // Two more tabs on the landing page only: no other screen is fetched in them.
      for (const page of [stale, staleButton]) {
        await page.goto(server.url);
        await page.locator('main h1').first().waitFor();
        await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
      }

      // Publish the next version; the first tab finds it and accepts it.
      fs.rmSync(served, { recursive: true, force: true });
      fs.cpSync(next, served, { recursive: true });
      await accepting.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      const banner = (page) => page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Actualizar ahora' }) });
      for (const page of [accepting, stale, staleButton]) await banner(page).waitFor({ timeout: 20_000 });
      await Promise.all([accepting.waitForEvent('load'), banner(accepting).getByRole('button', { name: 'Actualizar ahora' }).click()]);
      await accepting.locator('main h1').first().waitFor();
      ok(await accepting.locator('script[src*="v2."]').count(), 'the accepting tab runs the new version');

      // The stale tab opens a screen whose file is gone: a message and a reload, under the header, not a blank page.
      await stale.getByRole('navigation').getByRole('link', { name: 'El modelo', exact: true }).click();
      await stale.getByRole('heading', { level: 1, name: 'No se pudo cargar esta página' }).waitFor({ timeout: 20_000 });
      ok((await stale.getByRole('alert').innerText()).includes('Las respuestas están a salvo'), 'the message says the answers are safe');
      ok(await stale.locator('header.site-header').isVisible(), 'the header stays');
      await Promise.all([stale.waitForEvent('load'), stale.getByRole('button', { name: 'Recargar la página' }).click()]);
      await stale.getByRole('heading', { level: 1 }).first().waitFor();
      await stale.getByRole('heading', { level: 1, name: /modelo/i }).waitFor();
      ok(await stale.locator('script[src*="v2."]').count(), 'the reloaded tab runs the new version');

      // The other stale tab: nothing waits any more, and its "Update now" still switches it to the new version.
      ok((await banner(staleButton).innerText()).includes('otra pestaña'), 'the banner says the update happened in another tab');
      await Promise.all([staleButton.waitForEvent('load', { timeout: 10_000 }), banner(staleButton).getByRole('button', { name: 'Actualizar ahora' }).click()]);
      await staleButton.locator('main h1').first().waitFor();
      ok(await staleButton.locator('script[src*="v2."]').count(), 'its update button reloaded it into the new version');
      equal(errors.join(' | '), '', 'uncaught page errors in the stale tabs');
    } finally {
      await context.close();
      await server.close();
      fs.rmSync(served, { recursive: true, force: true });
      fs.rmSync(next, { recursive: true, force: true });
    }
  },
};
