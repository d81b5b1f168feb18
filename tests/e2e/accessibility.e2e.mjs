// axe-core on every screen, in both languages, including dialogs, the help and note panels, the
// workshop screens, shared results, error states and the damaged-data notice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAssessmentFile, serializeAssessmentFile } from '../../src/portability/assessment-file.ts';
import { EMPTY_PROFILE } from '../../src/engine/profile.ts';
import { structure } from './expected.mjs';
import { answerAllStages } from './journey.mjs';
import { axeViolations, openPage, visit } from './page-helpers.mjs';

const words = {
  es: {
    importLabel: 'Importar', replace: 'Sustituir por el archivo', compare: 'Comparar con una evaluación anterior (.json)',
    share: 'Crear enlace para compartir', shareLabel: 'Enlace para compartir', files: 'Importar archivos de participantes (.json)',
    turnStart: 'Empezar a responder', openRoom: 'Abrir la vista de la sala', showNames: 'Mostrar nombres', agreed: 'Respuesta acordada',
    remove: 'Quitar', newWorkshop: 'Empezar un taller nuevo', backToTurn: /^Volver al turno de/,
    finishEarly: /^Parar aquí y devolver el equipo/, endTurn: 'Terminar el turno (quien facilita)', endConfirm: 'Terminar el turno',
  },
  en: {
    importLabel: 'Import', replace: 'Replace with the file', compare: 'Compare with an earlier assessment (.json)',
    share: 'Create a share link', shareLabel: 'Share link', files: "Import participants' files (.json)",
    turnStart: 'Start answering', openRoom: 'Open the room view', showNames: 'Show names', agreed: 'Agreed answer',
    remove: 'Remove', newWorkshop: 'Start a new workshop', backToTurn: /^Back to .*'s turn$/,
    finishEarly: /^Stop here and hand the device back/, endTurn: 'End the turn (facilitator)', endConfirm: 'End the turn',
  },
};

/** Three participants' files (the room disagrees on stage 4), a bad file, and an earlier assessment. */
function files() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peldano-axe-'));
  const write = (name, answers) => {
    const file = buildAssessmentFile(
      { answers, notes: {}, profile: { ...EMPTY_PROFILE }, startedAt: null, updatedAt: null },
      { model: structure, language: 'es', exportedAt: new Date(Date.UTC(2025, 2, 14)) },
    );
    fs.writeFileSync(path.join(dir, name), serializeAssessmentFile(file));
    return path.join(dir, name);
  };
  const answers = (stage4) =>
    Object.fromEntries(structure.stages.flatMap((s) => s.questions.map((q) => [q.id, s.order <= 3 ? 4 : s.order === 4 ? stage4 : 1])));
  fs.writeFileSync(path.join(dir, 'broken.json'), '{"format": "peldano-assessment", ');
  return { dir, people: [write('ana.json', answers(4)), write('luis.json', answers(0)), write('marta.json', answers(2))], bad: path.join(dir, 'broken.json') };
}

export const tests = {};
for (const lang of ['es', 'en']) {
  tests[`axe reports no WCAG A/AA violation on any screen (${lang})`] = async ({ browser, url }) => {
    const { page, context, check } = await openPage(browser, url, lang);
    const found = [];
    const scan = async (name) => {
      for (const v of await axeViolations(page)) found.push(`${name}: ${v}`);
    };
    await visit(page, url);
    await scan('landing (empty)');
    await visit(page, url, '/profile');
    await page.locator('#organization').fill('x'.repeat(130));
    await page.locator('form button[type=submit]').click();
    await page.getByRole('alert').first().waitFor();
    await scan('profile with an error');
    await visit(page, url, '/stage/1');
    // The first button opens what each level looks like (it appears once the stage's descriptors are in), the second the note.
    await page.locator('.question__tools button[aria-controls$="-levels"]').first().click();
    await page.locator('.question__tools button').nth(1).click();
    await scan('stage 1 with the levels and a note open');
    await answerAllStages(page, url, (stage, i) => (stage < 4 ? 4 : [1, 3, 5, null, 2, 4][i % 6]));
    await visit(page, url, '/stage/10');
    await scan('stage 10 with unanswered summary');
    await visit(page, url, '/results');
    await scan('results');
    await visit(page, url, '/model');
    await scan('model');
    await visit(page, url);
    await page.locator('.actions button').first().click();
    await page.getByRole('dialog').waitFor();
    await scan('start-over dialog');
    await page.keyboard.press('Escape');

    const w = words[lang];
    const { dir, people, bad } = files();
    // Results: a bad file's alert, the import confirmation, a loaded comparison, a share link.
    await visit(page, url, '/results');
    await page.getByLabel(w.importLabel, { exact: true }).setInputFiles(bad);
    await page.getByRole('alert').first().waitFor();
    await scan('results with an import error');
    await page.getByLabel(w.importLabel, { exact: true }).setInputFiles(people[0]);
    await page.getByRole('dialog').waitFor();
    await scan('import confirmation dialog');
    await page.getByRole('button', { name: w.replace }).click();
    await page.getByLabel(w.compare).setInputFiles(people[1]);
    await page.locator('.compare__result').waitFor();
    await page.getByRole('button', { name: w.share }).click();
    const link = await page.getByLabel(w.shareLabel).inputValue();
    await scan('results with a comparison and a share link');
    // Shared results, and a damaged link's message.
    await page.goto(link);
    await page.locator('[data-placement]').first().waitFor();
    await scan('shared results');
    await page.goto(link.slice(0, -6));
    await page.getByRole('alert').first().waitFor();
    await scan('damaged share link');
    // Workshop: setup with participants and a bad file, a turn on this device, the room with names shown.
    await visit(page, url, '/workshop');
    await scan('workshop setup (empty)');
    await page.getByLabel(w.files).setInputFiles([...people, bad]);
    await page.getByRole('alert').first().waitFor();
    await scan('workshop setup with participants and a bad file');
    await page.getByRole('button', { name: w.turnStart }).click();
    await page.locator('fieldset').first().waitFor();
    await page.locator('.question__tools button[aria-controls$="-levels"]').first().click();
    await scan('participant answering on this device, with the levels open');
    // The turn locks the room; the participant hands the device back and the facilitator ends the turn.
    await visit(page, url, '/workshop/room');
    await page.getByRole('link', { name: w.backToTurn }).waitFor();
    await scan('room view locked during a turn');
    await page.getByRole('link', { name: w.backToTurn }).click();
    await page.getByRole('button', { name: w.finishEarly }).click();
    await page.getByRole('button', { name: w.endTurn }).waitFor();
    await scan('hand the device back');
    await page.getByRole('button', { name: w.endTurn }).click();
    await page.getByRole('dialog').waitFor();
    await scan('end the turn dialog');
    await page.getByRole('dialog').getByRole('button', { name: w.endConfirm, exact: true }).click();
    await page.waitForURL(/#\/workshop$/);
    await page.getByRole('button', { name: w.remove }).first().click();
    await page.getByRole('dialog').waitFor();
    await scan('remove participant dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: w.openRoom }).click();
    // The turn taken above locks the room (w-room's turn lock): scanned, then ended by the facilitator.
    const endTurn = page.getByRole('button', { name: lang === 'es' ? 'Terminar el turno (quien facilita)' : 'End the turn (facilitator)' });
    await endTurn.or(page.locator('.room__agenda')).first().waitFor();
    if (await endTurn.count()) {
      await scan('room locked during a turn');
      await endTurn.click();
      await page.getByRole('dialog').getByRole('button', { name: lang === 'es' ? /^Terminar el turno$/ : /^End the turn$/ }).click();
    }
    await page.locator('.room__agenda').waitFor();
    await page.getByRole('button', { name: w.showNames }).click();
    await page.locator('.room__agenda [data-question-id]').first().getByLabel(w.agreed).selectOption('1');
    await scan('room view with names shown and an agreed answer');
    await visit(page, url, '/workshop');
    await page.getByRole('button', { name: w.newWorkshop }).click();
    await page.getByRole('dialog').waitFor();
    await scan('new workshop dialog');
    // Issue 14: links pasted in bulk (one damaged), participant mode from the short join address, a bad join link.
    await page.keyboard.press('Escape');
    await visit(page, url, '/workshop');
    await page.getByRole('textbox', { name: lang === 'es' ? /^Enlaces/ : /^Links/ }).fill(`${link}\n${link.slice(0, -6)}\nnada`);
    await page.getByRole('button', { name: lang === 'es' ? /^Añadir los enlaces/ : /^Add the links/ }).click();
    await page.locator('.gather-outcomes').waitFor();
    await page.locator('.join-panel svg path').waitFor();
    await scan('workshop with pasted links and the join code');
    await visit(page, url, '/join');
    await scan('participant mode (start)');
    await page.getByRole('button', { name: lang === 'es' ? 'Empezar a responder' : 'Start answering' }).click();
    await page.locator('fieldset').first().waitFor();
    await scan('participant mode (a stage)');
    await page.getByRole('button', { name: lang === 'es' ? 'Terminar y obtener mi enlace' : 'Finish and get my link' }).or(page.getByRole('button', { name: lang === 'es' ? /^Obtener mi enlace sin terminar/ : /^Get my link without/ })).first().click();
    await page.locator('.join__qr svg path').waitFor();
    await scan('participant mode (the link)');
    await visit(page, url, '/join/AAAA');
    await scan('damaged join link');
    // A route that does not exist, and saved data that cannot be read.
    await page.goto(`${url}#/nowhere`);
    await page.locator('main h1').waitFor();
    await scan('not found');
    await page.evaluate(() => localStorage.setItem('peldano.assessment', '{"state": {"answers": '));
    await visit(page, url);
    await page.getByRole('alert').first().waitFor();
    await scan('damaged saved data notice');
    fs.rmSync(dir, { recursive: true, force: true });
    if (found.length) throw new Error(`axe violations:\n  ${found.join('\n  ')}`);
    check();
    await context.close();
  };
}
