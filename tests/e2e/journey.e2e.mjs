// The whole assessment journey in both languages, by keyboard and by pointer, and persistence.
import fs from 'node:fs';
import { equal, ok } from './assert.mjs';
import { expectedPlacement, structure } from './expected.mjs';
import { answerAllStages } from './journey.mjs';
import { describeFocus, openPage, tabTo, visit } from './page-helpers.mjs';

// Radio position per question: 0-4 levels, 5 = don't know, null = left unanswered.
const mixed = (stage, i) => (stage <= 3 ? [4, 3, 4, 3, 4, 3][i % 6] : stage === 4 ? [3, 2, 5, 4, null, 1][i % 6] : [2, 0, 5, 3, 1, 4][i % 6]);
const strong = (stage, i) => (stage <= 6 ? [4, 3, 4, 4, 3, 4][i % 6] : [1, 2, 5, 0, 3, 2][i % 6]);

/** How many questions a pattern answers (null leaves one unanswered). */
const answeredCount = (pattern) =>
  structure.stages.reduce((sum, stage) => sum + stage.questions.filter((_, i) => pattern(stage.order, i) !== null).length, 0);

async function placementOn(page) {
  const el = page.locator('[data-placement]');
  await el.waitFor();
  return { value: Number(await el.getAttribute('data-placement')), text: (await el.innerText()).trim() };
}

export const tests = {
  async 'keyboard only, Spanish: landing → profile → ten stages → results → back to a stage'({ browser, url }) {
    const { page, context, check } = await openPage(browser, url, 'es');
    await visit(page, url);
    await tabTo(page, (f) => f.text.startsWith('Comenzar'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Perfil de la organización' }).waitFor();
    await tabTo(page, (f) => f.id === 'organization');
    await page.keyboard.type('Ñandú & Cía.');
    await page.keyboard.press('Enter'); // submits the profile form
    for (let stage = 1; stage <= 10; stage++) {
      await page.getByRole('heading', { level: 1, name: new RegExp(`^Etapa ${stage} — `) }).waitFor();
      let question = 0;
      let lastGroup = '';
      for (let presses = 0; ; presses++) {
        ok(presses < 200, `stage ${stage}: reached the Next link by keyboard`);
        await page.keyboard.press('Tab');
        const focus = await describeFocus(page);
        if (focus.type === 'radio' && focus.group !== lastGroup) {
          lastGroup = focus.group;
          const choice = mixed(stage, question++);
          if (choice === null) continue;
          await page.keyboard.press('Space'); // checks level 0
          for (let k = 0; k < choice; k++) await page.keyboard.press('ArrowRight');
        } else if (/^(Siguiente|Ver resultados)$/.test(focus.text)) {
          equal(question, structure.stages[stage - 1].questions.length, `stage ${stage}: questions reached by keyboard`);
          await page.keyboard.press('Enter');
          break;
        }
      }
    }
    const placement = await placementOn(page);
    const expected = expectedPlacement(mixed);
    equal(placement.value, expected, 'placement shown equals the engine’s');
    ok(expected === 0 ? /Aún no/.test(placement.text) : placement.text.startsWith(`Etapa ${expected} — `), 'placement stated in words');
    // The PDF report and the assessment file, by keyboard alone: Tab to each button, Enter.
    await tabTo(page, (f) => f.text === 'Descargar informe PDF', 150);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    equal(fs.readFileSync(await pdf.path()).subarray(0, 5).toString('latin1'), '%PDF-', 'PDF downloaded by keyboard');
    await tabTo(page, (f) => f.text.startsWith('Exportar'), 250);
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const exported = JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
    equal(Object.keys(exported.answers).length, answeredCount(mixed), 'exported file holds every answer');
    // Import it back over the saved answers: Space opens the file chooser, the confirmation and the undo by keyboard.
    await tabTo(page, (f) => f.type === 'file' && f.label === 'Importar', 20);
    // Listening before the key press has Playwright intercept the chooser in time (see copy.e2e.mjs).
    page.on('filechooser', () => undefined);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(await file.path());
    await page.getByRole('dialog', { name: '¿Sustituir la evaluación actual?' }).waitFor();
    await tabTo(page, (f) => f.text === 'Sustituir por el archivo', 10);
    await page.keyboard.press('Enter');
    await page.getByText(/^Evaluación importada de «.+»: \d+ respuestas\.$/).waitFor();
    await tabTo(page, (f) => f.text === 'Deshacer la importación', 20);
    await page.keyboard.press('Enter');
    await page.getByText('Se ha recuperado la evaluación que había antes de importar.').waitFor();
    equal((await placementOn(page)).value, expected, 'placement unchanged after import and undo');
    // And back: to the questionnaire through the main navigation, answers still there.
    await page.getByRole('link', { name: 'Evaluación' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^Etapa 1 — / }).waitFor();
    equal(await page.locator('input[type=radio]:checked').count(), structure.stages[0].questions.length, 'stage 1 answers kept');
    check();
    await context.close();
  },

  async 'before any script runs: the header bar paints, and without JavaScript a note says it is needed'({ browser, url }) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const shell = page.locator('header.app-shell');
    ok(await shell.isVisible(), 'the app shell header shows without scripts');
    ok((await shell.innerText()).includes('Peldaño'), 'the shell names the app');
    ok((await page.locator('body').innerText()).includes('Peldaño needs JavaScript.'), 'a bilingual note without JavaScript');
    await context.close();
    // With scripts, the real header replaces the shell (one banner, with the navigation).
    const { page: live, context: liveContext, check } = await openPage(browser, url, 'en');
    await visit(live, url);
    equal(await live.locator('header.app-shell').count(), 0, 'the shell is gone once the app renders');
    equal(await live.getByRole('banner').count(), 1, 'one header');
    check();
    await liveContext.close();
  },

  async 'English journey: answers, results, reload and a new visit keep everything'({ browser, url }) {
    const { page, context, check } = await openPage(browser, url, 'en');
    await visit(page, url);
    await page.getByRole('link', { name: /^Start/ }).click();
    await page.getByLabel('Organization').fill('Acme “Quotes” & Sons');
    await page.getByRole('button', { name: 'Next' }).click();
    await answerAllStages(page, url, strong);
    await page.getByRole('link', { name: 'See results' }).click();
    const before = await placementOn(page);
    equal(before.value, expectedPlacement(strong), 'placement equals the engine’s');
    ok(before.text.startsWith(`Stage ${before.value} — `), 'placement in words');
    await page.reload();
    equal((await placementOn(page)).value, before.value, 'placement after reload');
    // A new visit: a new page in the same browser profile.
    const again = await context.newPage();
    await visit(again, url);
    await again.getByRole('link', { name: /^Continue/ }).waitFor();
    ok(await again.getByRole('button', { name: /^Start a new/ }).isVisible(), 'Start is still available');
    await visit(again, url, '/stage/7');
    equal(await again.locator('input[type=radio]:checked').count(), structure.stages[6].questions.length - 0, 'stage 7 answers after a new visit');
    await visit(again, url, '/profile');
    equal(await again.getByLabel('Organization').inputValue(), 'Acme “Quotes” & Sons', 'profile kept');
    check();
    await context.close();
  },

  async 'language switch keeps answers, sets <html lang> and title, and is remembered'({ browser, url }) {
    const { page, context, check } = await openPage(browser, url, 'es');
    await visit(page, url, '/stage/2');
    await page.locator('fieldset').first().getByRole('radio').nth(2).check();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /^Stage 2 — / }).waitFor();
    equal(await page.evaluate(() => document.documentElement.lang), 'en', 'html lang');
    ok((await page.title()).startsWith('Stage 2 — '), 'title follows the language');
    ok(await page.locator('fieldset').first().getByRole('radio').nth(2).isChecked(), 'answer kept across the switch');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Stage 2 — / }).waitFor();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: /^Etapa 2 — / }).waitFor();
    equal(await page.evaluate(() => document.documentElement.lang), 'es', 'html lang back to es');
    check();
    await context.close();
  },

  async 'start over asks first, keeps a backup and can be undone'({ browser, url }) {
    const { page, context, check } = await openPage(browser, url, 'en');
    await visit(page, url, '/stage/1');
    await page.locator('fieldset').first().getByRole('radio').nth(4).check();
    await visit(page, url);
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a new assessment?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('link', { name: /^Continue/ }).waitFor();
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.getByRole('button', { name: 'Clear and start over' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organization profile' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: /^Continue/ }).waitFor();
    await visit(page, url, '/stage/1');
    ok(await page.locator('fieldset').first().getByRole('radio').nth(4).isChecked(), 'answer restored by undo');
    check();
    await context.close();
  },
};
