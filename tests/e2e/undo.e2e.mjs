// Replace and undo with a full storage (review F1): another tool on the same origin leaves ~150 characters
// free, a file is imported over the saved assessment X while an older, unrelated backup Y sits in the
// backups key. Undo must bring back X (never Y), X must survive once space frees, and the dialog must say
// before replacing that no copy can be kept, with a download of X that the app can import.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAssessmentFile, serializeAssessmentFile } from '../../src/portability/assessment-file.ts';
import { equal, ok } from './assert.mjs';
import { structure } from './expected.mjs';
import { openPage, visit } from './page-helpers.mjs';

const stage1 = structure.stages[0].questions.map((q) => q.id);
const stage2 = structure.stages[1].questions.map((q) => q.id);
const profile = (organization) => ({ organization, sector: '', size: '', role: '' });

/** An assessment file as the app exports it. */
function assessmentFile(name, organization, answers, exportedAt = new Date()) {
  const file = buildAssessmentFile(
    { answers, notes: {}, profile: profile(organization), startedAt: null, updatedAt: null },
    { model: structure, language: 'en', exportedAt },
  );
  return { name, mimeType: 'application/json', buffer: Buffer.from(serializeAssessmentFile(file)) };
}

const X = { org: 'X-org', answers: { [stage1[0]]: 3, [stage1[1]]: 4, [stage1[2]]: 2 } };
const Y = { org: 'Y-old-org', answers: { [stage1[0]]: 1 } };
const Z = { org: 'Z-org', answers: { [stage1[0]]: 0, [stage1[1]]: 0 } };

/** A fresh browser with X saved (imported into an empty assessment) and Y as an older backup, in the format of earlier versions. */
async function withXAndOlderBackupY(browser, url) {
  const opened = await openPage(browser, url, 'en');
  const { page } = opened;
  await visit(page, url, '/results');
  await page.getByLabel('Import', { exact: true }).setInputFiles(assessmentFile('x.json', X.org, X.answers));
  await page.getByText(/^Assessment imported from/).waitFor();
  await page.evaluate(
    ({ org, answers }) => {
      const data = { answers, notes: {}, profile: { organization: org, sector: '', size: '', role: '' }, startedAt: '2024-03-01T10:00:00.000Z', updatedAt: '2024-03-01T10:00:00.000Z' };
      localStorage.setItem('peldano.backups', JSON.stringify([{ savedAt: '2024-03-01T10:00:00.000Z', reason: 'import', data }]));
    },
    Y,
  );
  await page.waitForFunction(() => (localStorage.getItem('peldano.assessment') ?? '').includes('X-org'));
  return opened;
}

/** Fills localStorage from another key until about `free` characters remain, as another tool on the origin would. */
async function fillStorage(page, free) {
  return page.evaluate((left) => {
    const fits = (n) => {
      try {
        localStorage.setItem('other-tool.cache', 'x'.repeat(n));
        return true;
      } catch {
        return false;
      }
    };
    let low = 0;
    let high = 12_000_000;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (fits(mid)) low = mid;
      else high = mid;
    }
    fits(low - left);
    return low - left;
  }, free);
}

// The organisation shows in an uppercased eyebrow: compare without case.
const mainText = async (page) => (await page.locator('main').innerText()).toLowerCase();

export const tests = {
  'with storage full, undo after an import brings back exactly the assessment from before, never an older backup': async ({ browser, url }) => {
    const { context, page, check } = await withXAndOlderBackupY(browser, url);
    await fillStorage(page, 150);
    await page.getByLabel('Import', { exact: true }).setInputFiles(assessmentFile('z.json', Z.org, Z.answers));
    await page.getByRole('dialog', { name: 'Replace the current assessment?' }).getByRole('button', { name: 'Replace with the file' }).click();
    await page.getByText(/^Assessment imported from/).waitFor();
    ok((await mainText(page)).includes(Z.org.toLowerCase()), 'the imported assessment Z is shown');

    await page.getByRole('button', { name: 'Undo the import' }).click();
    await page.getByText('The assessment you had before the import is back.').waitFor();
    const shown = await mainText(page);
    ok(shown.includes(X.org.toLowerCase()), 'X is shown again after undo');
    ok(!shown.includes(Y.org.toLowerCase()), 'the older backup Y is not what undo restored');

    // The other tool frees its space; one more answer is given: X (with that answer) is what gets saved.
    await page.evaluate(() => localStorage.removeItem('other-tool.cache'));
    await visit(page, url, '/stage/2');
    await page.locator('fieldset').filter({ has: page.getByRole('radio') }).first().getByRole('radio').nth(1).check();
    await page.waitForFunction((id) => (localStorage.getItem('peldano.assessment') ?? '').includes(id), stage2[0]);
    const saved = await page.evaluate(() => localStorage.getItem('peldano.assessment') ?? '');
    ok(saved.includes(X.org) && !saved.includes(Y.org) && !saved.includes(Z.org), `X is what is saved (got ${saved.slice(0, 200)}…)`);
    for (const [id, value] of Object.entries(X.answers)) ok(saved.includes(`"${id}":${value}`), `X's answer ${id}=${value} is saved`);

    await page.reload();
    await visit(page, url, '/results');
    // The stage page's heading can still be on screen while the results screen loads: wait for the results themselves.
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
    const afterReload = await mainText(page);
    ok(afterReload.includes(X.org.toLowerCase()) && !afterReload.includes(Y.org.toLowerCase()), 'X is still there after a reload');
    check();
    await context.close();
  },

  'with storage full, the replace dialog says no copy can be kept before replacing, and offers X as a file to import': async ({ browser, url }) => {
    const { context, page, check } = await withXAndOlderBackupY(browser, url);
    await fillStorage(page, 150);
    await page.getByLabel('Import', { exact: true }).setInputFiles(assessmentFile('z.json', Z.org, Z.answers));
    const dialog = page.getByRole('dialog', { name: 'Replace the current assessment?' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    ok(/cannot keep a copy/i.test(text), `the dialog warns that no copy can be kept (got: ${text})`);
    ok(!/A copy is kept first/i.test(text), 'the dialog no longer promises a copy');
    ok((await mainText(page)).includes(X.org.toLowerCase()), 'nothing replaced yet while the dialog is open');

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /Download the current assessment/ }).click()]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peldano-undo-'));
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    equal(exported.format, 'peldano-assessment', 'the download is an assessment file');
    equal(exported.profile.organization, X.org, 'the download holds X');
    equal(JSON.stringify(exported.answers), JSON.stringify(X.answers), "the download holds X's answers");

    // The user can still go ahead.
    await dialog.getByRole('button', { name: 'Replace with the file' }).click();
    await page.getByText(/^Assessment imported from/).waitFor();
    ok((await mainText(page)).includes(Z.org.toLowerCase()), 'replaced after choosing to go ahead');

    // And the file brings X back through Import, once there is room again.
    await page.evaluate(() => localStorage.removeItem('other-tool.cache'));
    await page.getByLabel('Import', { exact: true }).setInputFiles(file);
    await page.getByRole('dialog', { name: 'Replace the current assessment?' }).getByRole('button', { name: 'Replace with the file' }).click();
    await page.getByText(/^Assessment imported from/).waitFor();
    ok((await mainText(page)).includes(X.org.toLowerCase()), 'the downloaded file imports back');
    fs.rmSync(dir, { recursive: true, force: true });
    check();
    await context.close();
  },
};
