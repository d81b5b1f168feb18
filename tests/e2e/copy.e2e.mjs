// Items 17-19 of issue 11 in the browser: translated file inputs (an English browser showing a Spanish page), opening a
// received file from the landing page, and an empty assessment that offers no report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { equal, ok } from './assert.mjs';
import { structure } from './expected.mjs';
import { buildAssessmentFile, serializeAssessmentFile } from '../../src/portability/assessment-file.ts';
import { EMPTY_PROFILE } from '../../src/engine/profile.ts';
import { axeViolations, describeFocus, openPage, tabTo, visit } from './page-helpers.mjs';

/** An English-speaking browser (en-US) whose user chose Spanish in the app. */
async function spanishPageInEnglishBrowser(browser, url) {
  const opened = await openPage(browser, url, 'en');
  await opened.page.addInitScript(() => localStorage.setItem('peldano.language', 'es'));
  return opened;
}

function receivedFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peldano-copy-'));
  const answers = Object.fromEntries(structure.stages[0].questions.map((q) => [q.id, 4]));
  const file = buildAssessmentFile(
    { answers, notes: {}, profile: { ...EMPTY_PROFILE, organization: 'Bodegas Añora', sector: 'retail', size: '50-249' }, startedAt: null, updatedAt: null },
    { model: structure, language: 'es', exportedAt: new Date('2025-05-01T12:00:00Z') },
  );
  const target = path.join(dir, 'bodegas.json');
  fs.writeFileSync(target, serializeAssessmentFile(file));
  return target;
}

export const tests = {
  async 'file inputs show Spanish in an English browser, and open by keyboard with a visible focus'({ browser, url }) {
    const { page, context, check } = await spanishPageInEnglishBrowser(browser, url);
    // Listening from the start has Playwright intercept file choosers before the key press below (the first
    // listener turns interception on asynchronously: added with the key press, it could come too late).
    page.on('filechooser', () => undefined);
    await visit(page, url);
    const chooser = page.locator('.file-chooser').first();
    ok(await chooser.getByText('Elegir archivo').isVisible(), 'the button says "Elegir archivo"');
    ok(await chooser.getByText('Ningún archivo elegido').isVisible(), 'no file chosen, in Spanish');
    equal((await axeViolations(page)).join('\n'), '', 'axe on the landing with its file chooser');
    const input = page.getByLabel('Abrir un archivo de evaluación');
    equal(await input.evaluate((el) => getComputedStyle(el).opacity), '0', 'the native (browser-language) control is not what shows');
    // Keyboard: Tab reaches the input, its face shows the focus ring, Space opens the chooser.
    await tabTo(page, (f) => f.type === 'file' && f.label === 'Abrir un archivo de evaluación', 40);
    const outline = await chooser.locator('.file-chooser__face').evaluate((el) => getComputedStyle(el).outlineStyle);
    equal(outline, 'solid', 'focus visible on the translated button');
    const [fileChooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await fileChooser.setFiles(receivedFile());
    // Item 19: straight into the results, with the file's profile on the header (item 20).
    await page.getByRole('heading', { level: 1, name: 'Resultados' }).waitFor();
    await page.getByText('Evaluación importada de «bodegas.json»').waitFor();
    equal(await page.locator('[data-placement]').getAttribute('data-placement'), '1', 'placement from the file');
    const header = await page.locator('.results__header').evaluate((el) => el.textContent);
    ok(header.includes('Bodegas Añora') && header.includes('Comercio') && header.includes('De 50 a 249 personas'), `profile on the header: ${header}`);
    ok((await describeFocus(page)).tag !== '', 'focus is somewhere after navigating');
    check();
    await context.close();
  },

  async 'an empty assessment offers no PDF, says why, and makes no download'({ browser, url }) {
    const { page, context, check } = await openPage(browser, url, 'en');
    await visit(page, url, '/results');
    await page.getByRole('heading', { level: 2, name: 'Nothing to assess yet' }).waitFor();
    equal(await page.locator('[data-placement]').count(), 0, 'no rung-0 placement');
    equal(await page.getByRole('region', { name: 'Roadmap' }).count(), 0, 'no roadmap from unanswered questions');
    const button = page.getByRole('button', { name: 'Download PDF report' });
    equal(await button.getAttribute('aria-disabled'), 'true', 'the PDF button is marked unavailable');
    ok(await page.getByText('The PDF report becomes available once at least one stage has enough answers to be rated.').isVisible(), 'the reason is visible');
    let downloads = 0;
    page.on('download', () => downloads++);
    // Playwright will not click an aria-disabled button; a keyboard user can still reach and press it.
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    equal(downloads, 0, 'no report from nothing');
    equal((await axeViolations(page)).join('\n'), '', 'axe on the empty results');
    check();
    await context.close();
  },
};
