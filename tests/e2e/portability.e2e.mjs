// Files, share links and workshops in the built app: export → import in a fresh browser, three
// participants' files in the room view, and a share link opened in a fresh browser.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assess } from '../../src/engine/assess.ts';
import { buildAssessmentFile, serializeAssessmentFile } from '../../src/portability/assessment-file.ts';
import { compareAssessments } from '../../src/engine/compare-assessments.ts';
import { summarizeRoom, summarizeWorkshop } from '../../src/engine/summarize-workshop.ts';
import { buildAgenda } from '../../src/engine/workshop-agenda.ts';
import { equal, ok } from './assert.mjs';
import { answersFrom, structure, textsFor } from './expected.mjs';
import { answerAllStages } from './journey.mjs';
import { openPage, visit } from './page-helpers.mjs';

const EMPTY_PROFILE = { organization: '', sector: '', size: '', role: '' };
// Radio position per question: 0-4 levels, 5 = don't know, null = unanswered.
const mixed = (stage, i) => (stage <= 2 ? [4, 3, 4, 4, 3, 4][i % 6] : stage === 3 ? [3, 2, 5, 4, null, 1][i % 6] : [2, 0, 5, 3, 1, 4][i % 6]);

async function placementOn(page, scope = page) {
  const el = scope.locator('[data-placement]').first();
  await el.waitFor();
  return Number(await el.getAttribute('data-placement'));
}

/** Saves a download and reads its text back with poppler, whitespace collapsed; null (with a warning) without pdftotext. */
async function downloadedPdfText(download, dir) {
  const saved = path.join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  ok(fs.readFileSync(saved).subarray(0, 5).toString() === '%PDF-', `${download.suggestedFilename()} is a PDF`);
  try {
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', saved, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } catch (error) {
    if (error.code !== 'ENOENT' || process.env.CI) throw error;
    console.warn('  SKIPPED reading the PDF back: pdftotext not found (apt-get install -y poppler-utils)');
    return null;
  }
}

/** "Nivel (n)" as the report writes an answer. */
const reportAnswer = (texts, answer) => (answer === 'dont-know' ? texts.scale.dontKnow : `${texts.scale.levels[answer]} (${answer})`);

/** A participant's file as the app exports it. */
function participantFile(dir, name, answers) {
  const file = buildAssessmentFile(
    { answers, notes: {}, profile: { ...EMPTY_PROFILE, role: name }, startedAt: null, updatedAt: null },
    { model: structure, language: 'es', exportedAt: new Date(Date.UTC(2025, 2, 14, 9, name.length)) },
  );
  const target = path.join(dir, `${name}.json`);
  fs.writeFileSync(target, serializeAssessmentFile(file));
  return target;
}

async function exportThenImport({ browser, url, dir }) {
  const a = await openPage(browser, url, 'es');
  await answerAllStages(a.page, url, mixed);
  await visit(a.page, url, '/results');
  const placement = await placementOn(a.page);
  equal(placement, assess(structure, answersFrom(mixed)).placement, 'placement before export');
  const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: /^Exportar/ }).click()]);
  ok(/^peldano-evaluacion-\d{4}-\d{2}-\d{2}\.json$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
  const saved = path.join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  const exported = JSON.parse(fs.readFileSync(saved, 'utf8'));
  equal(exported.format, 'peldano-assessment', 'exported format');
  equal(Object.keys(exported.answers).length, Object.keys(answersFrom(mixed)).length, 'every answer exported');
  await progressInPdf(a.page, dir);

  // A fresh browser, in English: a bad file first (nothing changes), then the exported one.
  const b = await openPage(browser, url, 'en');
  await visit(b.page, url, '/results');
  const input = b.page.getByLabel('Import', { exact: true });
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  const alert = b.page.getByRole('alert');
  await alert.waitFor();
  ok((await alert.innerText()).includes('not valid JSON'), 'a non-JSON file is explained');
  // A fresh browser has nothing to assess: the page says so (no rung-0 placement built from nothing), and a bad file changes nothing.
  await b.page.getByRole('heading', { level: 2, name: 'Nothing to assess yet' }).waitFor();
  await input.setInputFiles(saved);
  await b.page.getByText(/^Assessment imported from/).waitFor();
  equal(await placementOn(b.page), placement, 'same placement after import in a fresh browser');

  // Importing over saved answers asks first, and can be undone.
  await input.setInputFiles({ name: 'blank.json', mimeType: 'application/json', buffer: Buffer.from(serializeAssessmentFile(buildAssessmentFile({ answers: {}, notes: {}, profile: EMPTY_PROFILE, startedAt: null, updatedAt: null }, { model: structure, language: 'en', exportedAt: new Date() }))) });
  await b.page.getByRole('dialog', { name: 'Replace the current assessment?' }).getByRole('button', { name: 'Replace with the file' }).click();
  // A blank file leaves nothing to assess (issue 11, item 17): the page says so instead of placing it on rung 0.
  await b.page.getByRole('heading', { level: 2, name: 'Nothing to assess yet' }).waitFor();
  await b.page.getByRole('button', { name: 'Undo the import' }).click();
  await b.page.waitForFunction((p) => document.querySelector('[data-placement]')?.getAttribute('data-placement') === String(p), placement);
  a.check();
  b.check();
  await b.context.close();
  return { context: a.context, page: a.page, placement };
}

/** An earlier file loaded in the compare panel puts "Progress since <date>" in the results PDF. */
async function progressInPdf(page, dir) {
  const earlierAnswers = answersFrom(() => 1);
  const earlier = path.join(dir, 'anterior.json');
  fs.writeFileSync(
    earlier,
    serializeAssessmentFile(
      buildAssessmentFile(
        { answers: earlierAnswers, notes: {}, profile: EMPTY_PROFILE, startedAt: null, updatedAt: '2024-05-20T10:00:00.000Z' },
        { model: structure, language: 'es', exportedAt: new Date('2024-05-21T10:00:00Z') },
      ),
    ),
  );
  await page.getByLabel('Comparar con una evaluación anterior (.json)').setInputFiles(earlier);
  await page.getByText('Comparación con «anterior.json», evaluación del 20 de mayo de 2024.').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar informe PDF' }).click()]);
  const text = await downloadedPdfText(download, dir);
  if (text === null) return;
  const { placement, moved } = compareAssessments(structure, earlierAnswers, answersFrom(mixed));
  ok(placement.change > 0, `the designed comparison moves up (engine: ${placement.before} → ${placement.after})`);
  ok(text.includes('Progreso desde el 20 de mayo de 2024'), 'the PDF has the progress section');
  ok(text.includes(`La posición ha subido ${placement.change} ${placement.change === 1 ? 'peldaño' : 'peldaños'}.`), 'progress: placement sentence');
  ok(text.includes(`Preguntas que han cambiado (${moved.length})`), 'progress: count of moved questions');
  await page.getByRole('button', { name: 'Quitar la comparación' }).click();
}

async function shareLink({ browser, url, page, placement }) {
  await page.getByRole('button', { name: 'Crear enlace para compartir' }).click();
  const link = await page.getByLabel('Enlace para compartir').inputValue();
  ok(link.includes('#/shared/'), 'the link carries the answers in the fragment');
  const c = await openPage(browser, url, 'en');
  await c.page.goto(link);
  await c.page.getByRole('heading', { level: 1, name: 'Shared results' }).waitFor();
  equal(await placementOn(c.page), placement, 'same placement from the share link in a fresh browser');
  // One character changed: a clear message, never other results.
  const payload = link.split('#/shared/')[1];
  const flipped = payload.slice(0, 10) + (payload[10] === 'A' ? 'B' : 'A') + payload.slice(11);
  await c.page.goto(`${link.split('#')[0]}#/shared/${flipped}`);
  const alert = c.page.getByRole('alert');
  await alert.waitFor();
  ok((await alert.innerText()).includes('damaged or incomplete'), 'a tampered link is explained');
  equal(await c.page.locator('[data-placement]').count(), 0, 'no results from a tampered link');
  c.check();
  await c.context.close();
}

async function workshop({ browser, url, dir }) {
  // Everyone: stages 1-3 fully in place, 5-10 ad hoc. Stage 4 splits the room 4/4/0 (median 4);
  // the first question of stage 2 is 4/2/3 (median 3, spread 2). Consensus: stages 1-4, placement 4.
  const [s1, s2, s3, s4] = structure.stages;
  const base = {};
  for (const stage of structure.stages) for (const q of stage.questions) base[q.id] = stage.order <= 3 ? 4 : 1;
  const withStage4 = (level) => Object.fromEntries(s4.questions.map((q) => [q.id, level]));
  const people = [
    { name: 'ana', answers: { ...base, ...withStage4(4), [s2.questions[0].id]: 4 } },
    { name: 'luis', answers: { ...base, ...withStage4(4), [s2.questions[0].id]: 2 } },
    { name: 'marta', answers: { ...base, ...withStage4(0), [s2.questions[0].id]: 3 } },
  ];
  const designedDisagreements = [...s4.questions.map((q) => q.id), s2.questions[0].id];
  const participants = people.map((p) => ({ id: p.name, name: p.name, answers: p.answers }));
  const summary = summarizeWorkshop(structure, participants, {});
  equal(JSON.stringify(summary.disagreements.map((d) => d.questionId)), JSON.stringify(designedDisagreements), 'engine agrees with the designed disagreements');
  // The room's agenda is by impact (issue 14): the engine's order, which holds every designed disagreement.
  const expectedAgenda = buildAgenda(structure, summarizeRoom(structure, participants), { participants }).map((item) => item.questionId);
  for (const id of designedDisagreements) ok(expectedAgenda.includes(id), `the agenda holds the disagreement ${id}`);
  equal(summary.result.placement, 4, 'engine agrees with the designed consensus placement');
  ok(s1 && s3, 'model has the stages the test uses');

  const files = people.map((p) => participantFile(dir, p.name, p.answers));
  const { page, context, check } = await openPage(browser, url, 'es');
  await visit(page, url, '/workshop');
  await page.getByLabel('Nombre del taller (opcional)').fill('Taller de prueba e2e');
  await page.getByLabel('Importar archivos de participantes (.json)').setInputFiles(files);
  await page.getByText('Se han añadido 3 participantes.').waitFor();
  // A name typed for the room: shown on the projector on request, never printed in the PDF.
  await page.getByLabel('Nombre del participante 2').fill('Luis Nombrado');
  await page.getByRole('link', { name: 'Abrir la vista de la sala' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vista de la sala' }).waitFor();
  equal(await page.locator('[data-participants]').getAttribute('data-participants'), '3', 'participant count');
  const agenda = await page.locator('.room__agenda [data-question-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-question-id')));
  equal(JSON.stringify(agenda), JSON.stringify(expectedAgenda), 'agenda by impact, in the engine’s order');
  const group = page.getByRole('region', { name: 'Resultado del grupo' });
  equal(await placementOn(page, group), 4, 'consensus placement');
  ok(!(await page.locator('.room__agenda').innerText()).includes('Participante 1'), 'no names until shown');
  await page.getByRole('button', { name: 'Mostrar nombres' }).click();
  ok((await page.locator('.room__agenda').innerText()).includes('Participante 1: 4'), 'names shown on request');
  // Agreeing lower answers on the agenda's first three stage-4 questions takes the group off stage 4.
  const stage4 = new Set(s4.questions.map((q) => q.id));
  const loweredIds = expectedAgenda.filter((id) => stage4.has(id)).slice(0, 3);
  equal(loweredIds.length, 3, 'three stage-4 questions on the agenda');
  const lowered = Object.fromEntries(loweredIds.map((id) => [id, { answer: 0 }]));
  const after = summarizeWorkshop(structure, participants, lowered).result.placement;
  ok(after < 4, `lowering three stage-4 answers changes the placement (engine: ${after})`);
  const card = (id) => page.locator(`.room__agenda [data-question-id="${id}"]`);
  for (const id of loweredIds) await card(id).getByLabel('Respuesta acordada').selectOption('0');
  await card(loweredIds[0]).getByLabel('Por qué (opcional)').fill('Solo se hace en una sede.');
  await page.waitForFunction((p) => document.querySelector('.room-result [data-placement]')?.getAttribute('data-placement') === String(p), after);
  await workshopPdf(page, dir, people, { ...lowered, [loweredIds[0]]: { answer: 0, reason: 'Solo se hace en una sede.' } });
  await page.getByRole('button', { name: 'Ver los resultados completos del grupo' }).click();
  await page.getByRole('heading', { level: 1, name: 'Resultados compartidos' }).waitFor();
  equal(await placementOn(page), after, 'the group results open with the agreed answers');
  // The workshop survives a reload.
  await visit(page, url, '/workshop/room');
  equal(await placementOn(page, page.getByRole('region', { name: 'Resultado del grupo' })), after, 'agreements kept after reload');
  equal(await card(loweredIds[0]).getByLabel('Por qué (opcional)').inputValue(), 'Solo se hace en una sede.', 'reason kept after reload');
  check();
  await context.close();
}

/** The room's PDF: how many took part, each disagreement with its agreed answer, and no names. */
async function workshopPdf(page, dir, people, agreements) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Descargar el informe del taller (PDF)' }).click(),
  ]);
  ok(/^peldano-taller-de-prueba-e2e-\d{4}-\d{2}-\d{2}\.pdf$/.test(download.suggestedFilename()), `workshop PDF name ${download.suggestedFilename()}`);
  await page.getByRole('status').filter({ hasText: 'Informe descargado' }).waitFor();
  const text = await downloadedPdfText(download, dir);
  if (text === null) return;
  const texts = textsFor('es');
  const summary = summarizeWorkshop(structure, people.map((p) => ({ id: p.name, name: p.name, answers: p.answers })), agreements);
  ok(text.includes('Taller de prueba e2e'), 'the workshop title on the cover');
  ok(text.includes('Participaron 3 personas.'), 'the participant count sentence');
  ok(text.includes(`Puntos de desacuerdo (${summary.disagreements.length})`), 'the number of disagreements');
  for (const d of summary.disagreements) {
    const statement = texts.questions[d.questionId].statement;
    ok(text.includes(statement), `disagreement listed: ${statement}`);
    ok(text.includes(`${statement} Etapa ${d.stageOrder}.`), `disagreement with its stage: ${statement}`);
  }
  // Each row reads statement, stage, the room's answers, then the agreed answer and how it was reached.
  for (const d of summary.disagreements) {
    const agreed = `${reportAnswer(texts, d.agreed)} ${d.agreedByFacilitator ? 'elegida por quien dirigió el taller' : 'mediana de la sala'}`;
    ok(text.includes(agreed), `agreed answer for ${d.questionId}: ${agreed}`);
  }
  ok(text.includes('Solo se hace en una sede.'), 'the reason, as typed');
  for (const name of ['Luis Nombrado', 'Participante 1', 'ana.json', 'marta.json']) ok(!text.includes(name), `no participant name in the PDF (${name})`);
}

/** Export → import in a fresh browser, share link in a fresh browser, and a workshop of three. */
export async function run({ browser, url }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peldano-e2e-'));
  try {
    const first = await exportThenImport({ browser, url, dir });
    await shareLink({ browser, url, page: first.page, placement: first.placement });
    await first.context.close();
    await workshop({ browser, url, dir });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
