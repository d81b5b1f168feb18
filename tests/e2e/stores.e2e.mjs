// Saved data in the built app, for every store: the workshop merged across two real tabs, a workshop that
// cannot be saved (warning with a download that loads back), damaged saved data kept aside with downloads
// the app reads back (issue 11, items 2, 3, 4, 5 and 7).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { equal, ok } from './assert.mjs';
import { structure } from './expected.mjs';
import { openPage, visit } from './page-helpers.mjs';

const KEY = 'peldano.workshop';
const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
const summary = (workshop) => (workshop?.state.participants ?? []).map((p) => `${p.name}:${Object.keys(p.answers).length}`).sort();
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'peldano-stores-'));

/** Starts a participant's turn on the workshop page; returns the participant's id (from the URL). */
async function startTurn(page, url, name) {
  await visit(page, url, '/workshop');
  await page.getByLabel("Participant's name (optional)").fill(name);
  await page.getByRole('button', { name: 'Start answering' }).click();
  await page.waitForURL(/#\/workshop\/answer\//);
  await page.locator('main h1').first().waitFor();
  return page.url().split('/').pop();
}

/** Answers the current stage's first `count` questions, starting at `from`, with the radio at `level`. */
async function answer(page, count, level, from = 0) {
  const sets = page.locator('fieldset').filter({ has: page.getByRole('radio') });
  await sets.first().waitFor();
  for (let i = from; i < from + count; i++) await sets.nth(i).getByRole('radio').nth(level).check();
}

async function saveDownload(page, click, dir) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

export const tests = {
  // Regression (issue 11, item 2, scenario 3g): saving a reason in the room deleted the participant answering in
  // another tab, and her next answer deleted the reason.
  'the room view on the projector and a participant’s turn in another tab keep each other’s changes': async ({ browser, url }) => {
    const { context, page: room, check } = await openPage(browser, url, 'en');
    const turn = await context.newPage();
    const ana = await startTurn(room, url, 'Ana');
    await answer(room, 3, 2);
    const ben = await startTurn(room, url, 'Ben');
    await answer(room, 3, 4);
    ok(ana && ben, 'two participants added');
    await visit(room, url, '/workshop/room');

    await startTurn(turn, url, 'Carla');
    await answer(turn, 6, 1);
    // The room tab heard of Carla through the storage event.
    await room.getByText('3 participants', { exact: false }).first().waitFor();
    await room.getByLabel('Why (optional)').first().fill('We agreed after discussion');
    await room.waitForTimeout(200);
    equal(summary(await stored(turn)).join(' '), 'Ana:3 Ben:3 Carla:6', 'Carla kept after the reason was saved');
    await answer(turn, 1, 3);
    await turn.waitForTimeout(200);
    const after = await stored(room);
    equal(summary(after).join(' '), 'Ana:3 Ben:3 Carla:6', 'every participant and answer kept');
    ok(Object.values(after.state.agreements).some((a) => a.reason === 'We agreed after discussion'), 'the reason kept after Carla answered');
    // Both tabs show the merged workshop after a reload too.
    await room.reload();
    await room.getByLabel('Why (optional)').first().waitFor();
    const reasons = await room.getByLabel('Why (optional)').evaluateAll((fields) => fields.map((f) => f.value));
    ok(reasons.includes('We agreed after discussion'), 'the reason on screen after reload');
    check();
    await context.close();
  },

  // Regression (issue 11, item 2, scenario 3e): participants added in two tabs; the last tab's save replaced the other's.
  'participants and a name added in two tabs are all kept': async ({ browser, url }) => {
    const { context, page: a, check } = await openPage(browser, url, 'en');
    const b = await context.newPage();
    await visit(a, url, '/workshop');
    await visit(b, url, '/workshop');
    await a.getByLabel('Workshop name (optional)').fill('Workshop title from A');
    await startTurn(a, url, 'Ana');
    await answer(a, 3, 2);
    await startTurn(b, url, 'Ben');
    await answer(b, 3, 3);
    await a.reload();
    await a.locator('main h1').first().waitFor();
    const saved = await stored(a);
    equal(summary(saved).join(' '), 'Ana:3 Ben:3', 'both participants and their answers');
    equal(saved.state.title, 'Workshop title from A', 'the name typed in A');
    check();
    await context.close();
  },

  // Regression (issue 11, item 3): with storage refusing writes a turn showed no warning, and after a reload only
  // "Participant not found".
  'a participant’s turn that cannot be saved shows the warning with a download that loads back': async ({ browser, url }) => {
    const dir = tmp();
    const { context, page, check } = await openPage(browser, url, 'en');
    await visit(page, url, '/workshop');
    await page.evaluate(() => {
      sessionStorage.setItem('refuse-writes', '1');
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    // The same refusal after a reload (sessionStorage survives it; the flag was written before the refusal).
    await context.addInitScript(() => {
      if (sessionStorage.getItem('refuse-writes'))
        Storage.prototype.setItem = function () {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
    });
    await startTurn(page, url, 'Carla');
    await answer(page, 2, 3);
    const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
    await alert.waitFor();
    const file = await saveDownload(page, () => alert.getByRole('button', { name: 'Download the workshop (JSON)' }).click(), dir);
    const downloaded = JSON.parse(fs.readFileSync(file, 'utf8'));
    equal(downloaded.format, 'peldano-workshop', 'a workshop file');
    equal(summary(downloaded).join(' '), 'Carla:2', 'the download holds the turn');

    await page.reload();
    await page.getByRole('heading', { name: 'Participant not found' }).waitFor();
    // Said at once, not after the next change is lost.
    await page.getByRole('alert').filter({ hasText: 'storage is full' }).waitFor();
    // The download loads back on the workshop page.
    await visit(page, url, '/workshop');
    await page.getByLabel("Import participants' files (.json)").setInputFiles(file);
    await page.getByText(/^Workshop loaded from/).waitFor();
    equal(await page.getByLabel('Name of participant 1').inputValue(), 'Carla', 'Carla is back');
    ok(await page.getByText(/^Answered on this device · 2 of \d+ questions answered$/).isVisible(), 'with her two answers');
    check();
    await context.close();
  },

  // Regression (issue 11, item 4): a damaged saved workshop was dropped, then overwritten, with no notice.
  'a damaged saved workshop is kept aside, with what is valid kept and downloads that load back': async ({ browser, url }) => {
    const dir = tmp();
    const { context, page, check } = await openPage(browser, url, 'en');
    await visit(page, url, '/workshop');
    const raw = JSON.stringify({
      state: {
        title: 'March workshop',
        participants: [
          { id: 'p-1', name: 'Ana', number: 1, source: 'device', fileName: '', answers: { 'listen-monitoring-alerts': 7 }, addedAt: '2026-11-30T10:00:00.000Z', fingerprint: '' },
          { id: 'p-2', name: 'Ben', number: 2, source: 'device', fileName: '', answers: {}, addedAt: '2026-11-30T10:01:00.000Z', fingerprint: '' },
        ],
        agreements: {},
      },
      version: 2,
    });
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw]);
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'The workshop saved in this browser was damaged' });
    await alert.waitFor();
    ok((await alert.innerText()).includes('(2 participants)'), 'says what was recovered');
    equal(await page.getByLabel('Workshop name (optional)').inputValue(), 'March workshop', 'the name kept');
    const copies = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('peldano.recovered.')).map((k) => localStorage.getItem(k)));
    ok(copies.includes(raw), 'the original kept aside');
    const file = await saveDownload(page, () => alert.getByRole('button', { name: 'Download what was recovered' }).click(), dir);
    equal(summary(JSON.parse(fs.readFileSync(file, 'utf8'))).join(' '), 'Ana:0 Ben:0', 'the recovered workshop file');
    const original = await saveDownload(page, () => alert.getByRole('button', { name: 'Download the original copy' }).click(), dir);
    equal(fs.readFileSync(original, 'utf8'), raw, 'the original download is the saved text');
    check();
    await context.close();
  },

  // Regression (issue 11, items 5 and 7): an over-long organisation was cut silently; the recovery download could not be imported.
  'over-long saved fields are kept aside and the recovery download imports': async ({ browser, url }) => {
    const dir = tmp();
    const { context, page, check } = await openPage(browser, url, 'en');
    await visit(page, url, '/results');
    const raw = JSON.stringify({
      state: { answers: { [structure.stages[0].questions[0].id]: 3 }, notes: {}, profile: { organization: 'O'.repeat(5_000), sector: '', size: '', role: '' }, startedAt: null, updatedAt: null, stamps: {} },
      version: 2,
    });
    await page.evaluate((value) => localStorage.setItem('peldano.assessment', value), raw);
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'have been shortened' });
    await alert.waitFor();
    ok((await alert.innerText()).includes('the organization'), 'says the organization was shortened');
    const file = await saveDownload(page, () => alert.getByRole('button', { name: 'Download what was recovered' }).click(), dir);
    await page.getByLabel('Import', { exact: true }).setInputFiles(file);
    await page.getByRole('dialog').waitFor();
    ok(!(await page.getByText('not an assessment exported from Peldaño').count()), 'the recovered file is accepted by Import');
    const copies = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('peldano.recovered.')).map((k) => localStorage.getItem(k)));
    ok(copies.includes(raw), 'the original kept aside');
    check();
    await context.close();
  },
};
