// The room view with twelve participants (issue 14): the agenda by impact, "the room doesn't know", presentation
// mode driven by the keyboard alone, agreed answers and reasons recorded, the workshop PDF with the alignment
// chart, and axe on the room view and presentation mode, in Spanish and English.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { equal, ok } from './assert.mjs';
import { axeViolations, openPage } from './page-helpers.mjs';
import { expectedSession, seedSession, WORKSHOP_KEY } from './workshop-session.mjs';

const WORDS = {
  es: {
    present: /^Presentar/, dialog: 'Presentación: el orden del día', reveal: 'Mostrar votos', votes: 'Respuestas de la sala por nivel', dk: 'La sala no sabe',
    reason: 'Sin registro escrito', discussed: (n, total) => `${n} de ${total} tratadas`, report: /^Descargar el informe del taller/, alignment: 'Alineación por etapa', stage1: 'Etapa 1.',
  },
  en: {
    present: /^Present/, dialog: 'Presentation: the agenda', reveal: 'Reveal votes', votes: "The room's answers by level", dk: "The room doesn't know",
    reason: 'Nothing written down', discussed: (n, total) => `${n} of ${total} discussed`, report: /^Download the workshop report/, alignment: 'Alignment by stage', stage1: 'Stage 1.',
  },
};

const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)).state, WORKSHOP_KEY);

async function session({ browser, url }, lang) {
  const w = WORDS[lang];
  const expected = expectedSession();
  const { context, page, check } = await openPage(browser, url, lang, { viewport: { width: 1280, height: 720 } });
  await seedSession(page, url);
  await page.goto(`${url}#/workshop/room`);
  await page.locator('[data-agenda="1"]').waitFor();

  // The agenda by impact, as the engine orders it, ranks 1..n; every question card carries its agreed answer.
  const agenda = page.locator('.room__agenda [data-agenda]');
  const ids = await agenda.evaluateAll((els) => els.map((el) => el.getAttribute('data-question-id')));
  equal(ids.join(' '), expected.agenda.map((item) => item.questionId).join(' '), 'agenda by impact');
  equal((await agenda.evaluateAll((els) => els.map((el) => el.getAttribute('data-agenda')))).join(' '), ids.map((_, i) => String(i + 1)).join(' '), 'ranks 1..n');
  ok(expected.agenda[0].decidesRung && expected.agenda[0].questionId === expected.couldFallId, 'the contested answer that holds a stage up comes first');
  const total = ids.length;

  // The room doesn't know: default "don't know", on the agenda, marked.
  const dkCard = page.locator(`.room__agenda [data-question-id="${expected.dontKnowId}"]`);
  equal(await dkCard.getAttribute('data-agreed'), 'dont-know', '"the room doesn\'t know" defaults to don\'t know');
  ok(await dkCard.getByText(w.dk, { exact: true }).isVisible(), 'marked as such');

  // One agenda card fits a 1280×720 projector.
  const box = await page.locator('[data-agenda="1"]').boundingBox();
  ok(box.height <= 720, `the first card is ${Math.round(box.height)} px tall`);
  const violations = await axeViolations(page);
  equal(violations.join('\n'), '', `axe on the room view (${lang})`);

  // Presentation mode, keyboard only: Tab to the button, Enter, then keys.
  const presentButton = page.getByRole('button', { name: w.present });
  await presentButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: w.dialog });
  await dialog.waitFor();
  equal(await dialog.locator('.present__progress [aria-hidden]').innerText(), `1 / ${total}`, 'progress');
  ok(await dialog.getByRole('heading', { level: 2 }).evaluate((el) => el === document.activeElement), 'focus on the statement');
  ok(!(await dialog.getByRole('list', { name: w.votes }).count()), 'votes hidden until revealed');
  const presentViolations = await axeViolations(page);
  equal(presentViolations.join('\n'), '', `axe in presentation mode (${lang})`);
  await page.keyboard.press('v');
  await dialog.getByRole('list', { name: w.votes }).waitFor();
  equal(await page.evaluate(() => document.querySelector('dialog.present')?.matches(':modal')), true, 'a modal over the whole page: no site navigation reachable');
  const presentedViolations = await axeViolations(page);
  equal(presentedViolations.join('\n'), '', `axe in presentation mode with the votes shown (${lang})`);

  // Item 1: agree 3 with a reason, mark discussed; item 2: next, agree "don't know".
  await page.keyboard.press('3');
  await page.keyboard.press('r');
  await page.keyboard.type(w.reason);
  await dialog.getByRole('heading', { level: 2 }).focus();
  await page.keyboard.press('m');
  await page.keyboard.press('ArrowRight');
  equal(await dialog.locator('.present__progress [aria-hidden]').innerText(), `2 / ${total}`, 'next question');
  await page.keyboard.press('d');
  await page.keyboard.press('m');
  await page.keyboard.press('ArrowLeft');
  equal(await dialog.getAttribute('data-agreed'), '3', 'back on the first question, its agreed answer kept');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  ok(await presentButton.evaluate((el) => el === document.activeElement), 'focus back on the Present button');

  const state = await stored(page);
  equal(JSON.stringify(state.agreements[ids[0]]), JSON.stringify({ answer: 3, reason: w.reason, discussed: true }), 'first agreement saved');
  equal(JSON.stringify(state.agreements[ids[1]]), JSON.stringify({ answer: 'dont-know', discussed: true }), 'second agreement saved');
  ok(await page.getByText(w.discussed(2, total), { exact: true }).isVisible(), 'the discussed counter');
  equal(await page.locator(`.room__agenda [data-question-id="${ids[0]}"]`).getAttribute('data-agreed'), '3', 'the card shows the agreed answer');

  // The workshop PDF, with the alignment chart.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peldano-room-'));
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: w.report }).click()]);
  const saved = path.join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  ok(fs.readFileSync(saved).subarray(0, 5).toString() === '%PDF-', 'a PDF');
  try {
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', saved, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    ok(text.includes(w.alignment), 'the alignment chart heading');
    ok(text.includes(w.stage1), 'stage labels in the chart');
    ok(text.includes(w.reason), 'the reason recorded');
    ok(!text.includes('Bruno'), 'no participant names');
  } catch (error) {
    if (error.code !== 'ENOENT' || process.env.CI) throw error;
    console.warn('  SKIPPED reading the PDF back: pdftotext not found');
  }
  check();
  await context.close();
}

export const tests = {
  'a twelve-person session in Spanish': (args) => session(args, 'es'),
  'a twelve-person session in English': (args) => session(args, 'en'),
};
