// Takes screenshots of every screen at 375 px and 1440 px in es and en, for a person to look at.
// Usage: npm run build && node scripts/screenshots.mjs [outDir]
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/e2e/browser.mjs';
import { answerAllStages } from '../tests/e2e/journey.mjs';
import { serveDist } from '../tests/e2e/serve-dist.mjs';

const out = path.resolve(process.argv[2] || '.tmp/screens');
fs.mkdirSync(path.join(out, 'parts'), { recursive: true });
const server = await serveDist('dist');
const browser = await launchBrowser();
const shot = async (page, name, lang, width) => {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(out, `${name}-${lang}-${width}.png`), fullPage: true });
  // Long pages are also cut into screen-sized parts, which are easier to judge at real size.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, part = 1; y < height && part <= 6; y += 1400, part++) {
    await page.screenshot({ path: path.join(out, 'parts', `${name}-${lang}-${width}-${part}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(1400, height - y) } });
  }
};
for (const lang of ['es', 'en']) {
  for (const width of [375, 1440]) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: lang === 'es' ? 'es-ES' : 'en-US' });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.error('pageerror', e.message));
    await page.goto(server.url);
    await shot(page, 'landing', lang, width);
    await page.goto(`${server.url}#/profile`);
    await shot(page, 'profile', lang, width);
    await page.goto(`${server.url}#/stage/1`);
    await page.getByRole('button', { name: /cada nivel|each level/ }).first().click();
    await shot(page, 'stage-1', lang, width);
    await answerAllStages(page, server.url, (stage, i) => [4, 3, 4, 3, 2, 5, 1, 3][(stage * 3 + i) % 8]);
    await page.goto(`${server.url}#/stage/10`);
    await shot(page, 'stage-10', lang, width);
    await page.goto(`${server.url}#/results`);
    await shot(page, 'results', lang, width);
    await page.goto(`${server.url}#/model`);
    await shot(page, 'model', lang, width);
    await ctx.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
