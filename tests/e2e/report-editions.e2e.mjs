// Issue 15 in the built app: the spreadsheet export read back after a real download; both PDF editions, with and
// without a consultant's branding, read back with poppler and checked by qpdf; the branding screen's refusals
// (a logo that is not an image, too large, or an SVG carrying script; a bad branding file), its file moving to a
// fresh browser, axe and no sideways scroll; and a PDF straight from a shared link without adopting it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { assess } from '../../src/engine/assess.ts';
import { numberQuestions } from '../../src/engine/question-numbers.ts';
import { buildShareUrl, encodeShareLink } from '../../src/portability/share-link.ts';
import { equal, ok } from './assert.mjs';
import { answersFrom, structure, textsFor } from './expected.mjs';
import { answerAllStages } from './journey.mjs';
import { makeBudgetLogo, PLAIN_SVG, SCRIPTED_SVG } from './logo-fixture.mjs';
import { axeViolations, openPage, visit } from './page-helpers.mjs';

// Every status and answer kind: strong foundations, half-way stages, "don't know" and unanswered questions.
const pick = (stage, i) => (stage <= 3 ? [4, 3, 4, 4, 3, 4][i % 6] : stage === 4 ? [2, 3, 5, 1][i % 4] : [1, 0, 5, 2, null, 3][i % 6]);
const BRAND = { name: 'Consultora Sur «Ñandú» S.L.', contact: 'ana@consultorasur.example · +34 600 000 000', accent: '#7a1f5c' };
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'peldano-editions-'));

function hasTool(name) {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return error.code !== 'ENOENT';
  }
}
const pdfTools = ['pdftotext', 'pdfinfo', 'qpdf'].every(hasTool);
if (!pdfTools && process.env.CI) throw new Error('report-editions needs pdftotext, pdfinfo and qpdf (poppler-utils, qpdf)');

/** Downloads the PDF in an edition and language, and reads it back: text, page count, qpdf's verdict. */
async function downloadPdf(page, dir, { edition, lang }) {
  await page.getByRole('combobox', { name: /^(Edición|Edition)$/ }).selectOption(edition);
  const language = page.getByRole('combobox', { name: /^(Idioma del informe|Report language)$/ });
  await language.selectOption(lang);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /PDF/ }).first().click()]);
  const file = path.join(dir, `${lang}-${edition}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  ok(fs.readFileSync(file).subarray(0, 5).toString() === '%PDF-', `${edition} (${lang}) is a PDF`);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  execFileSync('qpdf', ['--check', file], { encoding: 'utf8' }); // throws on a damaged file
  return { file, text, pages, bytes: fs.statSync(file).size };
}

const LOCALE = {
  es: { summary: 'Resumen ejecutivo', appendixA: 'Anexo A. Detalle por etapa', appendixB: 'Anexo B. Metodología', preparedBy: 'Preparado por', sector: 'Comercio' },
  en: { summary: 'Executive summary', appendixA: 'Appendix A: Stage detail', appendixB: 'Appendix B: Methodology', preparedBy: 'Prepared by', sector: 'Retail' },
};

/** Checks both editions in both languages; `branded` says whether the branding must show. */
async function checkEditions(page, dir, branded) {
  const pageCounts = {};
  for (const lang of ['es', 'en']) {
    const words = LOCALE[lang];
    const executive = await downloadPdf(page, dir, { edition: 'executive', lang });
    const full = await downloadPdf(page, dir, { edition: 'full', lang });
    pageCounts[lang] = { executive: executive.pages, full: full.pages };
    ok(executive.pages <= 6, `executive (${lang}) has ${executive.pages} pages, at most 6`);
    ok(full.pages > executive.pages, `full (${lang}, ${full.pages} pages) adds the appendix to the executive pages (${executive.pages})`);
    ok(executive.text.includes(words.summary) && !executive.text.includes(words.appendixA), `executive (${lang}): summary, no appendix`);
    ok(full.text.includes(words.appendixA) && full.text.includes(words.appendixB), `full (${lang}): lettered appendix`);
    for (const pdf of [executive, full]) {
      ok(pdf.bytes <= 500 * 1024, `${lang} PDF is ${Math.round(pdf.bytes / 1024)} KB, at most 500 KB`);
      ok(pdf.text.includes(words.sector), `${lang}: the client's sector on the cover`);
      ok(pdf.text.includes('Bodegas Añora'), `${lang}: the client's organisation on the cover`);
      equal(pdf.text.includes(`${words.preparedBy} ${BRAND.name}`), branded, `${lang}: "${words.preparedBy}" with the consultant's name ${branded ? 'shown' : 'absent'}`);
      equal(pdf.text.split(BRAND.contact).length - 1, branded ? pdf.pages : 0, `${lang}: the contact line in ${branded ? 'every' : 'no'} footer`);
    }
  }
  return pageCounts;
}

async function fillProfile(page, url) {
  await visit(page, url, '/profile');
  await page.locator('#organization').fill('Bodegas Añora & Hijos');
  await page.locator('#sector').selectOption('retail');
  await page.locator('#size').selectOption('10-49');
  await page.locator('form button[type=submit]').click();
}

/** Fills the branding screen (Spanish UI) with the name, contact, colour and a 200 KB PNG logo. */
async function setBranding(page, url, dir) {
  await visit(page, url, '/branding');
  await page.getByLabel('Nombre o firma').fill(BRAND.name);
  await page.getByLabel('Línea de contacto').fill(BRAND.contact);
  await page.getByLabel('Color de acento').fill(BRAND.accent);
  const logo = path.join(dir, 'logo.png');
  fs.writeFileSync(logo, makeBudgetLogo());
  await page.getByLabel('Logotipo', { exact: true }).setInputFiles(logo);
  await page.getByText(/Logotipo añadido \(600 × 240 píxeles\)/).waitFor();
  ok(await page.getByRole('img', { name: 'El logotipo tal como aparecerá en la portada' }).isVisible(), 'the logo preview shows');
}

export const tests = {
  async 'report editions: the XLSX export is read back after a real download, its cells as the engine has them'({ browser, url }) {
    const { context, page, check } = await openPage(browser, url, 'es');
    const dir = tmp();
    await answerAllStages(page, url, pick);
    await visit(page, url, '/results');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Excel|XLSX/ }).click()]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    ok(/^peldano-resultados-\d{4}-\d{2}-\d{2}\.xlsx$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
    await page.getByText(/Hoja de cálculo descargada/).waitFor();
    const sheets = await readXlsxFile(fs.readFileSync(file));
    equal(sheets.map((s) => s.sheet).join(', '), 'Resumen, Respuestas, Etapas, Hoja de ruta', 'sheets in Spanish (no plan yet)');
    const texts = textsFor('es');
    const answers = answersFrom(pick);
    const numbers = numberQuestions(structure);
    const rows = sheets[1].data;
    equal(rows.length, structure.stages.reduce((n, s) => n + s.questions.length, 0) + 1, 'one row per question, plus the header');
    for (const question of structure.stages.flatMap((s) => s.questions)) {
      const row = rows.find((r) => r[1] === numbers.get(question.id));
      equal(row[2], texts.questions[question.id].statement, `statement of ${question.id}`);
      const answer = answers[question.id];
      const label = answer === undefined ? 'Sin responder' : answer === 'dont-know' ? texts.scale.dontKnow : texts.scale.levels[answer];
      equal(row[4], label, `answer label of ${question.id}`);
    }
    const result = assess(structure, answers);
    for (const stage of result.stages) {
      const row = sheets[2].data.find((r) => String(r[0]).startsWith(`${stage.order}. `));
      if (stage.score === null) equal(row[1], null, `stage ${stage.order} has no score`);
      else ok(Math.abs(row[1] - stage.score / 100) < 1e-9, `stage ${stage.order} score ${row[1]} is the engine's ${stage.score / 100}`);
      equal(row[6], stage.dontKnowCount, `stage ${stage.order} "don't know" count`);
    }
    // The CSV: the answers sheet, with a byte-order mark so Excel reads the accents.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
    const csvFile = path.join(dir, csv.suggestedFilename());
    await csv.saveAs(csvFile);
    const bytes = fs.readFileSync(csvFile);
    ok(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'the CSV starts with a UTF-8 byte-order mark');
    ok(bytes.toString('utf8').includes('Etapa,N.º,Afirmación'), 'the CSV has the Spanish header');
    check();
    await context.close();
  },

  async 'report editions: both PDF editions without branding, then with it, in Spanish and English'({ browser, url }) {
    if (!pdfTools) return console.warn('  SKIPPED: pdftotext, pdfinfo or qpdf missing');
    const { context, page, check } = await openPage(browser, url, 'es');
    const dir = tmp();
    await fillProfile(page, url);
    await answerAllStages(page, url, pick);
    await visit(page, url, '/results');
    const plain = await checkEditions(page, dir, false);
    await page.getByRole('link', { name: /añadir nombre y logotipo/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Marca propia en los informes' }).waitFor();
    await setBranding(page, url, dir);
    await visit(page, url, '/results');
    ok(await page.getByText(`El informe lleva su marca (${BRAND.name}).`).isVisible(), 'the results page says the report is branded');
    const branded = await checkEditions(page, dir, true);
    console.log(`  page counts: without branding ${JSON.stringify(plain)}; with branding ${JSON.stringify(branded)}`);
    check();
    await context.close();
  },

  async 'report editions: a logo that is not an image, too large, or an SVG with script is refused with a clear message'({ browser, url }) {
    const { context, page, check } = await openPage(browser, url, 'en');
    const dir = tmp();
    await visit(page, url, '/branding');
    const logo = page.getByLabel('Logo', { exact: true });
    const cases = [
      ['not-a-logo.png', Buffer.from('This is a text file, whatever its name says.'), 'is not a PNG, JPEG or SVG image'],
      ['huge.png', Buffer.concat([makeBudgetLogo(), Buffer.alloc(2 * 1024 * 1024)]), 'larger than 2 MB'],
      ['scripted.svg', Buffer.from(SCRIPTED_SVG), 'contains scripts, links or other active content'],
    ];
    for (const [name, bytes, message] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      await logo.setInputFiles(file);
      const alert = page.getByRole('alert');
      await alert.filter({ hasText: message }).waitFor();
      equal(await page.getByRole('img', { name: /Your logo/ }).count(), 0, `${name}: no logo kept`);
    }
    // A plain SVG is rasterised and kept.
    fs.writeFileSync(path.join(dir, 'plain.svg'), PLAIN_SVG);
    await logo.setInputFiles(path.join(dir, 'plain.svg'));
    await page.getByText('Logo added (240 × 80 pixels).').waitFor();
    equal(await page.getByRole('alert').count(), 0, 'the earlier refusal is gone');
    // A colour too light against white is darkened, and the screen says so.
    await page.getByLabel('Accent colour').fill('#ffcc00');
    await page.getByText(/too light to read against white/).waitFor();
    check();
    await context.close();
  },

  async 'report editions: the branding file moves to a fresh browser; a bad file is refused; a reset is undone'({ browser, url }) {
    const first = await openPage(browser, url, 'es');
    const dir = tmp();
    await setBranding(first.page, url, dir);
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.getByRole('button', { name: 'Descargar el archivo de marca' }).click()]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    // Reset, then undo: everything is back.
    await first.page.getByRole('button', { name: 'Quitar toda la marca' }).click();
    await first.page.getByRole('dialog').getByRole('button', { name: 'Quitar toda la marca' }).click();
    await first.page.getByText('Se ha quitado la marca.').waitFor();
    equal(await first.page.getByLabel('Nombre o firma').inputValue(), '', 'the reset cleared the name');
    await first.page.getByRole('button', { name: 'Deshacer' }).click();
    await first.page.getByText('La marca ha vuelto.').waitFor();
    equal(await first.page.getByLabel('Nombre o firma').inputValue(), BRAND.name, 'undo brought the name back');
    first.check();
    await first.context.close();

    const second = await openPage(browser, url, 'es');
    await visit(second.page, url, '/branding');
    const load = second.page.getByLabel('Cargar un archivo de marca');
    const bad = path.join(dir, 'assessment.json');
    fs.writeFileSync(bad, JSON.stringify({ format: 'peldano-assessment', version: 2, answers: {} }));
    await load.setInputFiles(bad);
    await second.page.getByRole('alert').filter({ hasText: 'no es un archivo de marca de Peldaño' }).waitFor();
    const damaged = path.join(dir, 'damaged.json');
    fs.writeFileSync(damaged, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), branding: { name: 5, contact: '', accent: 'red', logo: null } }));
    await load.setInputFiles(damaged);
    await second.page.getByRole('alert').filter({ hasText: /está dañado \(nombre y color de acento\)/ }).waitFor();
    await load.setInputFiles(file);
    await second.page.getByText(`Marca cargada desde ${download.suggestedFilename()}.`).waitFor();
    equal(await second.page.getByLabel('Nombre o firma').inputValue(), BRAND.name, 'name in the fresh browser');
    equal(await second.page.getByLabel('Línea de contacto').inputValue(), BRAND.contact, 'contact line in the fresh browser');
    equal(await second.page.getByLabel('Color de acento').inputValue(), BRAND.accent, 'colour in the fresh browser');
    ok(await second.page.getByRole('img', { name: 'El logotipo tal como aparecerá en la portada' }).isVisible(), 'logo in the fresh browser');
    second.check();
    await second.context.close();
  },

  async 'report editions: a PDF straight from a shared link, without making it this browser’s assessment'({ browser, url }) {
    if (!pdfTools) return console.warn('  SKIPPED: pdftotext, pdfinfo or qpdf missing');
    const { context, page, check } = await openPage(browser, url, 'en');
    const dir = tmp();
    const payload = await encodeShareLink(answersFrom(pick), structure);
    await page.goto(buildShareUrl(payload, url));
    await page.getByRole('heading', { level: 1, name: 'Shared results' }).waitFor();
    const pdf = await downloadPdf(page, dir, { edition: 'executive', lang: 'en' });
    ok(pdf.pages <= 6 && pdf.text.includes('Executive summary'), 'the shared results’ executive PDF');
    const saved = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('peldano.') && /answers|assessment/.test(localStorage.getItem(key) ?? '') && localStorage.getItem(key).includes('"answers":{"')));
    equal(saved.length, 0, 'no answers were saved in this browser');
    check();
    await context.close();
  },
};

for (const lang of ['es', 'en']) {
  tests[`report editions: the branding screen passes axe and does not scroll sideways at 320 and 375 px (${lang})`] = async ({ browser, url }) => {
    const { context, page, check } = await openPage(browser, url, lang);
    const dir = tmp();
    await visit(page, url, '/branding');
    const found = (await axeViolations(page)).map((v) => `empty: ${v}`);
    await page.getByLabel(lang === 'es' ? 'Color de acento' : 'Accent colour').fill('#ffcc00');
    fs.writeFileSync(path.join(dir, 'bad.png'), 'not an image');
    await page.getByLabel(lang === 'es' ? 'Logotipo' : 'Logo', { exact: true }).setInputFiles(path.join(dir, 'bad.png'));
    await page.getByRole('alert').first().waitFor();
    found.push(...(await axeViolations(page)).map((v) => `with an adjusted colour and a refused logo: ${v}`));
    equal(found.join('\n'), '', 'axe violations');
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 800 });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      ok(scrollWidth <= width, `${width} px: the page is ${scrollWidth} px wide`);
    }
    check();
    await context.close();
  };
}
