// The action plan and the history in the built app: a plan made from the roadmap, edited, reloaded, exported and
// imported in a fresh browser with nothing lost; two milestones and their trend chart; a comparison with a
// milestone that survives a reload; axe on the new screens in both languages; nothing scrolls sideways on a phone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assess } from '../../src/engine/assess.ts';
import { emptyPlan, listRoadmapActions, planFromRoadmap } from '../../src/engine/action-plan.ts';
import { buildAssessmentFile, serializeAssessmentFile } from '../../src/portability/assessment-file.ts';
import { EMPTY_PROFILE } from '../../src/engine/profile.ts';
import { equal, ok } from './assert.mjs';
import { structure } from './expected.mjs';
import { axeViolations, openPage, visit } from './page-helpers.mjs';
import { ASSESSMENT_FILE_VERSION } from '../../src/portability/file-format.ts';

/** Every question of stages 1..upTo at 4, the rest at 1 (one "don't know" per stage past it): placement upTo. */
const answersUpTo = (upTo) =>
  Object.fromEntries(structure.stages.flatMap((s) => s.questions.map((q, i) => [q.id, s.order <= upTo ? 4 : i === 0 ? 'dont-know' : 1])));

/**
 * An assessment file with these answers, written in `dir`; with `planFrom`, it carries the plan made from that
 * placement's roadmap (a later export of the same assessment: importing a file puts its plan in place).
 */
function assessmentFile(dir, name, answers, planFrom) {
  const earlier = planFrom && assess(structure, answersUpTo(planFrom));
  const plan = earlier && planFromRoadmap(emptyPlan(), earlier.roadmap, earlier.placement, structure.stages.length, '2026-01-10T10:00:00.000Z');
  const file = buildAssessmentFile(
    { answers, notes: {}, profile: { ...EMPTY_PROFILE, organization: 'Bodegas Añora' }, startedAt: null, updatedAt: '2026-01-10T10:00:00.000Z', ...(plan && { plan }) },
    { model: structure, language: 'es', exportedAt: new Date(Date.UTC(2026, 0, 10)) },
  );
  const target = path.join(dir, name);
  fs.writeFileSync(target, serializeAssessmentFile(file));
  return target;
}

/** Lists compared by their JSON (assert.mjs's equal compares with ===). */
const sameList = (actual, expected, what) => equal(JSON.stringify(actual), JSON.stringify(expected), what);

const IMPORT = { es: 'Importar', en: 'Import' };
const IMPORTED = { es: /^Evaluación importada de/, en: /^Assessment imported from/ };

/** Imports a file on the results page, confirming the replace when asked. */
async function importFile(page, url, lang, file) {
  await visit(page, url, '/results');
  await page.getByLabel(IMPORT[lang], { exact: true }).setInputFiles(file);
  const confirm = page.getByRole('button', { name: lang === 'es' ? 'Sustituir por el archivo' : 'Replace with the file' });
  await Promise.race([confirm.waitFor().then(() => confirm.click()), page.getByText(IMPORTED[lang]).waitFor()]);
  await page.getByText(IMPORTED[lang]).waitFor();
}

/** A fresh browser whose waits give up after 20 s, so a failure names its step instead of the test's time limit. */
async function open(browser, url, lang, options) {
  const opened = await openPage(browser, url, lang, options);
  opened.page.setDefaultTimeout(20_000);
  return opened;
}

const withDir = async (fn) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peldano-plan-'));
  try {
    return await fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

/** The first action card of the plan screen and its fields. */
const firstCard = (page) => page.locator('li.plan-action').first();

async function planFromRoadmapSurvivesEverything({ browser, url }) {
  await withDir(async (dir) => {
    const answers = answersUpTo(2);
    const roadmapSize = listRoadmapActions(assess(structure, answers).roadmap).length;
    const a = await open(browser, url, 'es');
    await importFile(a.page, url, 'es', assessmentFile(dir, 'base.json', answers));

    // One step from the roadmap to the plan.
    await a.page.getByRole('button', { name: 'Pasar toda la hoja de ruta al plan' }).click();
    await a.page.getByText(`Se añadieron ${roadmapSize} acciones al plan.`).waitFor();
    await a.page.getByRole('link', { name: 'Abrir el plan de acción' }).click();
    await a.page.getByRole('heading', { level: 1, name: 'Plan de acción' }).waitFor();
    equal(await a.page.locator('li.plan-action').count(), roadmapSize, 'every roadmap action is in the plan');

    // Edit the first action: status (a select labelled "Estado"), owner, a date already past, effort and a note.
    const card = firstCard(a.page);
    const key = await card.getAttribute('data-action-key');
    await card.getByRole('combobox', { name: /^Estado/ }).selectOption({ label: 'En curso' });
    await card.getByRole('textbox', { name: /^Responsable/ }).fill('Ana Núñez');
    await card.getByLabel(/^Fecha límite/).fill('2024-01-15');
    await card.getByRole('combobox', { name: /^Esfuerzo/ }).selectOption({ label: 'Medio' });
    await card.getByRole('textbox', { name: /^Nota/ }).fill('Pedir presupuesto «anual»');
    await card.getByText('Vencida', { exact: true }).waitFor();
    await a.page.getByLabel('Peldaño al que apuntan').selectOption('4');
    await a.page.getByLabel('Fecha meta').fill('2030-06-30');
    await a.page.getByRole('radio', { name: 'Por plazo' }).check();
    const overdue = a.page.getByRole('region', { name: /^Vencidas/ });
    equal(await overdue.locator('li.plan-action').count(), 1, 'the overdue action is listed under "Vencidas"');

    // A reload keeps every field.
    await a.page.reload();
    await a.page.getByRole('heading', { level: 1, name: 'Plan de acción' }).waitFor();
    const again = a.page.locator(`li[data-action-key="${key}"]`);
    equal(await again.getByRole('combobox', { name: /^Estado/ }).inputValue(), 'in-progress', 'status after reload');
    equal(await again.getByRole('textbox', { name: /^Responsable/ }).inputValue(), 'Ana Núñez', 'owner after reload');
    equal(await again.getByLabel(/^Fecha límite/).inputValue(), '2024-01-15', 'due date after reload');
    equal(await a.page.getByLabel('Peldaño al que apuntan').inputValue(), '4', 'target rung after reload');

    // A milestone, then the file: the plan and the milestone travel in it.
    await visit(a.page, url, '/results');
    await a.page.getByRole('textbox', { name: 'Nombre del hito' }).fill('Inicio del plan');
    await a.page.getByRole('button', { name: 'Guardar un hito' }).click();
    await a.page.getByText('Hito guardado: Inicio del plan.').waitFor();
    const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: /^Exportar/ }).click()]);
    const saved = path.join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const exported = JSON.parse(fs.readFileSync(saved, 'utf8'));
    equal(exported.formatVersion, ASSESSMENT_FILE_VERSION, 'file format version (the current one, which carries the plan)');
    equal(Object.keys(exported.plan.actions).length, roadmapSize, 'every plan action in the file');
    equal(exported.plan.actions[key].owner, 'Ana Núñez', 'the owner in the file');
    sameList(exported.milestones.map((m) => m.label), ['Inicio del plan'], 'the milestone in the file');
    a.check();
    await a.context.close();

    // A fresh browser, in English: nothing lost.
    const b = await open(browser, url, 'en');
    await importFile(b.page, url, 'en', saved);
    await b.page.getByRole('button', { name: 'Compare with the milestone “Inicio del plan”' }).waitFor();
    await visit(b.page, url, '/plan');
    const card2 = b.page.locator(`li[data-action-key="${key}"]`);
    equal(await card2.getByRole('combobox', { name: /^Status/ }).inputValue(), 'in-progress', 'status in the fresh browser');
    equal(await card2.getByRole('textbox', { name: /^Owner/ }).inputValue(), 'Ana Núñez', 'owner in the fresh browser');
    equal(await card2.getByRole('textbox', { name: /^Note/ }).inputValue(), 'Pedir presupuesto «anual»', 'note in the fresh browser');
    equal(await card2.getByRole('combobox', { name: /^Effort/ }).inputValue(), 'medium', 'effort in the fresh browser');
    equal(await b.page.locator('li.plan-action').count(), roadmapSize, 'every action in the fresh browser');
    await card2.getByText('Overdue', { exact: true }).waitFor();
    b.check();
    await b.context.close();
  });
}

async function milestonesTrendAndComparison({ browser, url }) {
  await withDir(async (dir) => {
    const { context, page, check } = await open(browser, url, 'es');
    await importFile(page, url, 'es', assessmentFile(dir, 'enero.json', answersUpTo(1)));
    await page.getByRole('button', { name: 'Pasar toda la hoja de ruta al plan' }).click();
    await page.getByRole('textbox', { name: 'Nombre del hito' }).fill('Enero');
    await page.getByRole('button', { name: 'Guardar un hito' }).click();
    await page.getByText('Hito guardado: Enero.').waitFor();

    // Progress: the answers rise (a new file) and one plan action is done.
    await importFile(page, url, 'es', assessmentFile(dir, 'abril.json', answersUpTo(3), 1));
    await visit(page, url, '/plan');
    // An action whose practice rose to the top left the roadmap: it is done.
    const risen = page.getByRole('region', { name: /^Ya no están en la hoja de ruta/ }).locator('li.plan-action').first();
    await risen.getByRole('combobox', { name: /^Estado/ }).selectOption({ label: 'Hecha' });
    await visit(page, url, '/results');
    await page.getByRole('textbox', { name: 'Nombre del hito' }).fill('Abril');
    await page.getByRole('button', { name: 'Guardar un hito' }).click();
    await page.getByText('Hito guardado: Abril.').waitFor();

    // The trend: a chart and its table, two milestones and now.
    await page.getByRole('img', { name: /^Evolución del índice general/ }).waitFor();
    const table = page.getByRole('table', { name: /^Evolución por hito/ });
    const rung = await table.getByRole('row', { name: /^Peldaño/ }).getByRole('cell').allInnerTexts();
    sameList(rung, ['1', '3', '3'], 'rung at each milestone and now');
    equal(await page.locator('.trend-chart circle').count(), 3, 'an index point per milestone and now');

    // Compare with the first milestone: near the top, before the roadmap, and still there after a reload.
    await page.getByRole('button', { name: 'Comparar con el hito «Enero»' }).click();
    const panel = page.getByRole('region', { name: 'Progreso respecto a una evaluación anterior' });
    await panel.getByText(/^Comparado con el hito «Enero»/).waitFor();
    await panel.getByRole('heading', { name: 'Acciones del plan hechas (1)' }).waitFor();
    await panel.getByText(/La respuesta (subió|cambió):/).waitFor();
    await page.reload();
    await panel.getByText(/^Comparado con el hito «Enero»/).waitFor();
    const before = await page.evaluate(() => {
      const compare = document.getElementById('compare-title');
      const roadmap = document.getElementById('roadmap-title');
      return Boolean(compare && roadmap && compare.compareDocumentPosition(roadmap) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    ok(before, 'the comparison sits above the roadmap');
    await panel.getByRole('button', { name: 'Quitar la comparación' }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    equal(await panel.getByText(/^Comparado con el hito/).count(), 0, 'a closed comparison stays closed after a reload');

    // Deleting asks first, and can be undone.
    await page.getByRole('button', { name: 'Eliminar el hito «Enero»' }).click();
    await page.getByRole('dialog', { name: '¿Eliminar este hito?' }).getByRole('button', { name: 'Eliminar el hito' }).click();
    await page.getByText('Se eliminó el hito «Enero».').waitFor();
    await page.getByRole('button', { name: 'Deshacer' }).click();
    await page.getByRole('button', { name: 'Comparar con el hito «Enero»' }).waitFor();
    check();
    await context.close();
  });
}

/** A browser with a plan (one overdue action), two milestones and a comparison loaded, in one language. */
export async function seeded(browser, url, lang, dir, options = {}) {
  const opened = await open(browser, url, lang, options);
  const { page } = opened;
  await importFile(page, url, lang, assessmentFile(dir, `${lang}-1.json`, answersUpTo(1)));
  await page.getByRole('button', { name: lang === 'es' ? 'Pasar toda la hoja de ruta al plan' : 'Put the whole roadmap in the plan' }).click();
  const [name, save] = lang === 'es' ? ['Nombre del hito', 'Guardar un hito'] : ['Milestone name', 'Save a milestone'];
  await page.getByRole('textbox', { name }).fill(lang === 'es' ? 'Revisión trimestral de la estrategia digital' : 'Quarterly review of the digital strategy');
  await page.getByRole('button', { name: save }).click();
  await importFile(page, url, lang, assessmentFile(dir, `${lang}-2.json`, answersUpTo(2), 1));
  await page.getByRole('button', { name: save }).click();
  await page.getByRole('button', { name: lang === 'es' ? /^Comparar con el hito «Revisión/ : /^Compare with the milestone “Quarterly/ }).click();
  await visit(page, url, '/plan');
  const card = firstCard(page);
  await card.getByRole('textbox', { name: lang === 'es' ? /^Responsable/ : /^Owner/ }).fill('Dirección de Marketing y Comunicación Corporativa');
  await card.getByLabel(lang === 'es' ? /^Fecha límite/ : /^Due date/).fill('2024-01-15');
  return opened;
}

async function accessibleInBothLanguages({ browser, url }) {
  await withDir(async (dir) => {
    for (const lang of ['es', 'en']) {
      const { context, page, check } = await seeded(browser, url, lang, dir);
      for (const [route, view] of [['/plan', null], ['/plan', lang === 'es' ? 'Por plazo' : 'By time'], ['/results', null]]) {
        await visit(page, url, route);
        if (view) await page.getByRole('radio', { name: view }).check();
        if (route === '/results') await page.getByRole('table', { name: lang === 'es' ? /^Evolución por hito/ : /^Trend by milestone/ }).waitFor();
        const violations = await axeViolations(page);
        sameList(violations, [], `axe on ${route}${view ? ` (${view})` : ''} in ${lang}`);
      }
      // The milestone's delete dialog too.
      await page.getByRole('button', { name: lang === 'es' ? /^Eliminar el hito/ : /^Delete the milestone/ }).first().click();
      sameList(await axeViolations(page), [], `axe on the delete dialog in ${lang}`);
      check();
      await context.close();
    }
  });
}

async function noSidewaysScroll({ browser, url }) {
  await withDir(async (dir) => {
    for (const lang of ['es', 'en']) {
      const { context, page, check } = await seeded(browser, url, lang, dir, { viewport: { width: 375, height: 800 } });
      for (const width of [320, 375]) {
        await page.setViewportSize({ width, height: 800 });
        for (const route of ['/plan', '/results']) {
          await visit(page, url, route);
          if (route === '/results') await page.getByRole('img', { name: lang === 'es' ? /^Evolución/ : /^Trend/ }).waitFor();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          ok(overflow <= 0, `${route} at ${width} px in ${lang} scrolls sideways by ${overflow} px`);
        }
      }
      check();
      await context.close();
    }
  });
}

export const tests = {
  'a plan made from the roadmap, edited, reloaded, exported and imported in a fresh browser, with nothing lost': planFromRoadmapSurvivesEverything,
  'two milestones, their trend chart, and a comparison with a milestone that survives a reload': milestonesTrendAndComparison,
  'axe finds nothing on the plan and the history, in Spanish and English': accessibleInBothLanguages,
  'nothing scrolls sideways on the plan and the results at 320 and 375 px': noSidewaysScroll,
};
