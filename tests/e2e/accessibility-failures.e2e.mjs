// axe-core on the screens that only appear when something fails: storage refusing writes (the banner and a
// replace dialog that says no copy can be kept), and a screen whose file is gone after an update.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAssessmentFile, serializeAssessmentFile } from '../../src/portability/assessment-file.ts';
import { EMPTY_PROFILE } from '../../src/engine/profile.ts';
import { structure } from './expected.mjs';
import { axeViolations, openPage, visit } from './page-helpers.mjs';

const words = {
  es: { importLabel: 'Importar', chunkTitle: 'No se pudo cargar esta página', noCopy: /no puede guardar una copia/ },
  en: { importLabel: 'Import', chunkTitle: 'This page could not be loaded', noCopy: /cannot keep a copy/ },
};

function assessmentFile() {
  const firstStage = structure.stages[0];
  const answers = Object.fromEntries(firstStage.questions.map((q) => [q.id, 3]));
  const file = buildAssessmentFile(
    { answers, notes: {}, profile: { ...EMPTY_PROFILE }, startedAt: null, updatedAt: null },
    { model: structure, language: 'es', exportedAt: new Date(Date.UTC(2025, 2, 14)) },
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peldano-axe-fail-'));
  fs.writeFileSync(path.join(dir, 'other.json'), serializeAssessmentFile(file));
  return { dir, file: path.join(dir, 'other.json') };
}

export const tests = {};
for (const lang of ['es', 'en']) {
  tests[`axe reports nothing on the failure screens: storage full, no-copy dialog, lost screen file (${lang})`] = async ({ browser, url }) => {
    const w = words[lang];
    // No service worker: a screen's file that the test withholds must really be missing.
    const { page, context } = await openPage(browser, url, lang, { serviceWorkers: 'block' });
    const found = [];
    const scan = async (name) => {
      for (const v of await axeViolations(page)) found.push(`${name}: ${v}`);
    };
    const { dir, file } = assessmentFile();
    // The model screen's file is gone, as after an update (withheld from the start: screens are prefetched).
    await page.route(/model-page-[^/]*\.js$/, (route) => route.abort());
    await visit(page, url, '/stage/1');
    await page.locator('fieldset input[type=radio]').first().check();
    // From now on the browser refuses every write, as a full storage does; in-app navigation keeps the override.
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.locator('fieldset input[type=radio]').nth(2).check();
    await page.evaluate(() => {
      window.location.hash = '#/results';
    });
    await page.getByLabel(w.importLabel, { exact: true }).setInputFiles(file);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByText(w.noCopy).waitFor();
    await page.getByRole('alert').first().waitFor();
    await scan('results with storage full and the no-copy replace dialog');
    await page.keyboard.press('Escape');

    await page.evaluate(() => {
      window.location.hash = '#/model';
    });
    await page.getByRole('heading', { level: 1, name: w.chunkTitle }).waitFor();
    await scan('a screen whose file could not be loaded');
    fs.rmSync(dir, { recursive: true, force: true });
    await context.close();
    if (found.length) throw new Error(`axe violations:\n  ${found.join('\n  ')}`);
  };
}
