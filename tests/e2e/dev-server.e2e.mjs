// The development server (the README's first command) shows the same app as the build: styled, with its
// Content-Security-Policy in force and nothing violating it, and it starts without warnings.
import net from 'node:net';
import { equal, ok } from './assert.mjs';
import { recordCspViolations } from './page-helpers.mjs';

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts Vite's dev server on a free port, recording what it logs; returns { url, warnings, close }. */
async function startDevServer() {
  const { createLogger, createServer } = await import('vite');
  const logger = createLogger('info');
  const warnings = [];
  const record = (method) => {
    const original = logger[method].bind(logger);
    logger[method] = (message, options) => {
      warnings.push(String(message));
      original(message, options);
    };
  };
  record('warn');
  record('warnOnce');
  record('error');
  const port = await freePort();
  const server = await createServer({
    customLogger: logger,
    logLevel: 'warn',
    clearScreen: false,
    server: { port, strictPort: true, host: '127.0.0.1' },
  });
  await server.listen();
  return { url: `http://127.0.0.1:${port}/`, warnings, close: () => server.close() };
}

export const tests = {
  async 'dev server: styles apply under its Content-Security-Policy, no violation, no start-up warning (regression: unstyled npm run dev)'({ browser }) {
    const dev = await startDevServer();
    const context = await browser.newContext({ locale: 'en-US' });
    try {
      const page = await context.newPage();
      const cspViolations = await recordCspViolations(page);
      const consoleCsp = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) consoleCsp.push(message.text());
      });
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      // The first start pre-bundles dependencies, which can take a while on a busy machine.
      await page.goto(dev.url, { timeout: 120_000 });
      await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 120_000 });
      await page.goto(`${dev.url}#/stage/1`);
      await page.getByRole('radio').first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');

      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      ok(policy && /style-src 'self'/.test(policy) && !policy.includes('unsafe-'), `a strict policy in dev too (${policy})`);
      // The stylesheet applies: the header bar has the brand colour, not the browser's transparent default.
      const header = await page.locator('header.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
      ok(header !== 'rgba(0, 0, 0, 0)', `the header is styled (background ${header})`);
      const font = await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily);
      ok(!/^"?Times/.test(font), `the page font is the app's, not the browser default (${font})`);
      equal((await cspViolations()).join(', '), '', 'Content-Security-Policy violations on the dev server');
      equal(consoleCsp.join(' | '), '', 'Content-Security-Policy messages in the console');
      equal(errors.join(' | '), '', 'uncaught page errors');
      equal(dev.warnings.join('\n'), '', 'warnings printed by the dev server');
    } finally {
      await context.close();
      await dev.close();
    }
  },
};
