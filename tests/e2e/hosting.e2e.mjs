// The header files the build ships for static hosts: served as a host would serve them, the app still works under
// them, and no page of another origin can frame it (a meta Content-Security-Policy cannot forbid that).
import fs from 'node:fs';
import http from 'node:http';
import { equal, ok } from './assert.mjs';
import { serveDist } from './serve-dist.mjs';
import { recordCspViolations } from './page-helpers.mjs';

/** The headers `dist/_headers` (Netlify / Cloudflare Pages format) gives every path. */
function readHeadersFile() {
  const headers = {};
  let all = false;
  for (const line of fs.readFileSync('dist/_headers', 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) all = line.trim() === '/*';
    else if (all) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

export const tests = {
  async 'hosting: with the shipped _headers the app works and another origin cannot frame it (regression: framable by any origin)'({ browser }) {
    const headers = readHeadersFile();
    ok(/frame-ancestors 'none'/.test(headers['Content-Security-Policy'] ?? ''), 'dist/_headers forbids framing');
    equal(headers['X-Content-Type-Options'], 'nosniff', 'X-Content-Type-Options');
    const app = await serveDist('dist', '/peldano/sub/', headers);
    // Another origin (localhost is not 127.0.0.1) with a page that frames the app.
    const framer = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>framer</title><iframe src="${app.url}" width="800" height="600"></iframe>`);
    });
    await new Promise((resolve) => framer.listen(0, '127.0.0.1', resolve));
    const context = await browser.newContext({ locale: 'en-US' });
    try {
      const page = await context.newPage();
      const cspViolations = await recordCspViolations(page);
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(app.url);
      await page.locator('main h1').first().waitFor();
      await page.goto(`${app.url}#/stage/1`);
      await page.getByRole('radio').first().waitFor();
      await page.waitForLoadState('networkidle');
      equal((await cspViolations()).join(', '), '', 'violations of the header policy while the app runs');
      equal(errors.join(' | '), '', 'uncaught page errors');

      const outside = await context.newPage();
      await outside.goto(`http://localhost:${framer.address().port}/`);
      await outside.waitForTimeout(1500);
      const frame = outside.frames().find((f) => f !== outside.mainFrame());
      ok(frame, 'the other origin’s page has its frame');
      // Blocked: the browser shows its own error page in the frame instead of the app.
      equal(await frame.locator('.site-header, main').count(), 0, 'parts of the app shown inside another origin’s frame');
    } finally {
      await context.close();
      await app.close();
      await new Promise((resolve) => framer.close(resolve));
    }
  },
};
