/// <reference types="node" />
// Renders real PDFs and reads them back with poppler (pdftotext, pdfinfo) and qpdf, as a reader's tools would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report';
import { renderReportPdf } from '../../src/report/render-pdf';
import type { ReportModel } from '../../src/report/report-model';
import type { AnswerValue } from '../../src/engine/answers';
import {
  FORMULA_NOTE,
  LONG_NOTE,
  ORGANIZATION,
  OUTSIDE_FONT_NOTE,
  PARTICIPANT_NAMES,
  TYPOGRAPHY,
  XSS_NOTE,
  buildInput,
  buildProgressInput,
  buildWorkshopInput,
  levelAnswers,
  loadRealContent,
} from './report-fixture';

function hasBinary(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

const missing = ['pdftotext', 'pdfinfo', 'qpdf'].filter((name) => !hasBinary(name));
if (missing.length && process.env.CI) {
  throw new Error(`PDF tests need ${missing.join(', ')}: apt-get install -y poppler-utils qpdf`);
}
if (missing.length) console.warn(`SKIPPED PDF tests: ${missing.join(', ')} not found (apt-get install -y poppler-utils qpdf)`);

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const MAX_BYTES = 500 * 1024;
const PT_PER_MM = 72 / 25.4;

interface Rendered {
  model: ReportModel;
  path: string;
  bytes: number;
  /** Text in drawing order, whitespace collapsed. */
  text: string;
  pages: string[];
}

describe.skipIf(missing.length > 0)('the PDF report', () => {
  const content = loadRealContent();
  const dir = mkdtempSync(join(tmpdir(), 'peldano-report-'));
  const rendered: Record<string, Rendered> = {};

  async function render(name: string, model: ReportModel): Promise<Rendered> {
    const blob = await renderReportPdf(model);
    const path = join(dir, `${name}.pdf`);
    writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
    const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    const pages = raw.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim());
    return { model, path, bytes: blob.size, text: normalize(raw), pages: pages.map(normalize) };
  }

  beforeAll(async () => {
    rendered.es = await render('es', buildReport(buildInput('es', { content })));
    rendered.en = await render('en', buildReport(buildInput('en', { content })));
    const longName = `${'Federación Iberoamericana de Cooperativas «Ñandú» — “Sección Norte” '.repeat(2).trim()}`.slice(0, 120);
    rendered.long = await render('long', buildReport(buildInput('es', { content, profile: { organization: longName, role: '' } })));
    rendered.anonymous = await render('anonymous', buildReport(buildInput('en', { content, profile: { organization: '', role: '' } })));
    rendered.workshop = await render('workshop', buildReport(workshopInput('es')));
    rendered.workshopEn = await render('workshop-en', buildReport(workshopInput('en')));
    rendered.progress = await render(
      'progress',
      buildReport(buildProgressInput('es', { content, earlier: levelAnswers(content.structure, 1, 0), current: buildInput('es', { content }).answers })),
    );
  }, 60_000);

  // Five people; stage 4 splits the room 4/4/0/1/3 and the first question of stage 2 is 4/2/3/4/4.
  const [, s2, , s4] = content.structure.stages;
  const workshopPeople: Record<string, AnswerValue>[] = [4, 4, 0, 1, 3].map((level, i) => ({
    ...levelAnswers(content.structure, 3),
    ...Object.fromEntries(s4!.questions.map((q) => [q.id, level as AnswerValue])),
    [s2!.questions[0]!.id]: ([4, 2, 3, 4, 4] as const)[i]!,
  }));
  const LONG_REASON = `Se habló mucho: ${'no todos los equipos lo hacen igual y la sede central va por delante; '.repeat(6)}fin.`;
  const workshopAgreements = {
    [s4!.questions[0]!.id]: { answer: 0 as const, reason: XSS_NOTE },
    [s4!.questions[1]!.id]: { answer: 2 as const, reason: LONG_REASON },
    [s2!.questions[0]!.id]: { reason: FORMULA_NOTE },
  };
  const workshopInput = (lang: 'es' | 'en') =>
    buildWorkshopInput(lang, { content, people: workshopPeople, agreements: workshopAgreements, title: 'Taller «Sede Norte» — marzo' });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes qpdf --check and stays under 500 KB', () => {
    for (const { path, bytes } of Object.values(rendered)) {
      expect(() => execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).not.toThrow();
      expect(bytes).toBeLessThan(MAX_BYTES);
    }
  });

  it('numbers every page "página N de M" / "page N of M"', () => {
    for (const [name, label] of [
      ['es', (n: number, m: number) => `página ${n} de ${m}`],
      ['en', (n: number, m: number) => `page ${n} of ${m}`],
    ] as const) {
      const { pages, path } = rendered[name]!;
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      const total = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
      expect(pages).toHaveLength(total);
      expect(total).toBeGreaterThan(9);
      pages.forEach((page, i) => expect(page).toContain(label(i + 1, total)));
    }
    expect(rendered.es!.pages[1]).toContain(`${ORGANIZATION} · 22 de noviembre de 2025`);
  });

  it('carries real, searchable text: placement, roadmap items, typography and notes exactly as typed', () => {
    const { text, model } = rendered.es!;
    expect(text).toContain('Peldaño 3 de 10');
    expect(text).toContain(normalize('La organización está en el peldaño 3 de 10'));
    expect(text).toContain(ORGANIZATION);
    expect(text).toContain(TYPOGRAPHY);
    expect(text).toContain(XSS_NOTE);
    expect(text).toContain(FORMULA_NOTE);
    expect(text).toContain('Nota con comillas “así” y «así», apóstrofo ’ y rayas – —.');
    // The 10,000-character note, whole, across pages.
    // The 10,000-character note, whole, across pages: once the page furniture (footer, repeated
    // table header) and the answer beside its first part are taken out, it reads on unbroken.
    expect(LONG_NOTE).toHaveLength(10_000);
    // The answer cell carries the chosen level's descriptor, drawn beside the note's first part.
    const detailRows = model.sections.find((s) => s.id === 'detail')!.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
    const longNoteRow = detailRows.find((row) => row[1]!.some((p) => p.text.includes(LONG_NOTE.slice(0, 40))))!;
    const answerTexts = longNoteRow[2]!.map((p) => normalize(p.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    const furniture = new RegExp(
      ` ?(«Ñandú & Cía\\.» · 22 de noviembre de 2025 página \\d+ de \\d+|N\\.º Pregunta Respuesta|${answerTexts.join('|')})`,
      'g',
    );
    expect(text.replace(furniture, '')).toContain(normalize(LONG_NOTE));
    // Every roadmap action, outcome and KPI.
    const roadmap = model.sections.find((s) => s.id === 'roadmap')!;
    const cells = roadmap.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((row) => row.flat().map((p) => p.text)) : []));
    expect(cells.length).toBeGreaterThan(40);
    for (const cell of cells) expect(text).toContain(normalize(cell));
    for (const header of ['Responsable', 'Fecha', 'Resultado esperado', 'Indicador (KPI)']) expect(text).toContain(header);
    expect(text).toContain('Emoji \uFFFD y kanji \uFFFD fuera de la fuente');
    expect(OUTSIDE_FONT_NOTE).toContain('🎉');
    expect(rendered.en!.text).toContain('Rung 3 of 10');
    expect(rendered.en!.text).toContain('“Don’t know” answers');
  });

  it('puts the executive summary on one page and the ladder with the profile on the next', () => {
    const { pages } = rendered.es!;
    expect(pages[1]).toMatch(/^Resumen ejecutivo/);
    expect(pages[1]).toContain('Preguntas sin respuesta segura');
    expect(pages[2]).toMatch(/^La escalera y el perfil/);
    expect(pages[2]).toContain('Puntuación por etapa');
    expect(pages[2]).toContain('Umbral: 75');
  });

  it('shows a long organisation name whole on the cover and a neutral title when there is none', () => {
    const { model, pages } = rendered.long!;
    expect(pages[0]).toContain(normalize(model.cover.title));
    expect(pages[1]).toContain('…');
    expect(rendered.anonymous!.pages[0]).toContain('Social media maturity report');
  });

  it('writes metadata: title, subject, author and language', () => {
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', rendered.es!.path], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Informe de madurez en redes sociales: «Ñandú & Cía\.»$/m);
    expect(info).toMatch(/^Subject:\s+Autoevaluación de madurez en redes sociales/m);
    expect(info).toMatch(/^Author:\s+«Ñandú & Cía\.»$/m);
    expect(readFileSync(rendered.es!.path, 'latin1')).toContain('/Lang (es)');
    expect(readFileSync(rendered.en!.path, 'latin1')).toContain('/Lang (en)');
  });

  it('keeps every word inside the page margins and never draws two words over each other', { timeout: 30_000 }, () => {
    for (const name of ['es', 'en', 'long', 'workshop', 'workshopEn', 'progress']) {
      const html = execFileSync('pdftotext', ['-bbox', rendered[name]!.path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const pages = html.split('<page ').slice(1);
      pages.forEach((page, index) => {
        const words = [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
          x1: Number(m[1]),
          y1: Number(m[2]),
          x2: Number(m[3]),
          y2: Number(m[4]),
          word: m[5]!,
        }));
        const where = `${name}, page ${index + 1}`;
        expect(words.length, where).toBeGreaterThan(10);
        const problems: string[] = [];
        for (const w of words) {
          if (w.x1 < 17 * PT_PER_MM || w.x2 > (210 - 17) * PT_PER_MM) problems.push(`"${w.word}" outside the side margins`);
          if (w.y2 > 292 * PT_PER_MM) problems.push(`"${w.word}" below the page`);
        }
        // Sorted by top edge, each word is compared only with those that start above its bottom.
        words.sort((a, b) => a.y1 - b.y1);
        for (let i = 0; i < words.length; i++) {
          const a = words[i]!;
          for (let j = i + 1; j < words.length && words[j]!.y1 < a.y2; j++) {
            const b = words[j]!;
            // Glyph boxes of neighbouring lines touch; a real overlap covers a good part of a word's height.
            const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
            const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
            if (dx > 0.5 && dy > 0.35 * Math.min(a.y2 - a.y1, b.y2 - b.y1)) problems.push(`"${a.word}" overlaps "${b.word}"`);
          }
        }
        expect(problems, where).toEqual([]);
      });
    }
  });
  it('prints a workshop report: how many took part, each disagreement with its agreed answer, reasons as typed, no names', () => {
    const { text, pages, model } = rendered.workshop!;
    expect(pages[0]).toContain('Taller «Sede Norte» — marzo');
    expect(pages[0]).toContain('Participantes 5 personas');
    expect(pages[1]).toMatch(/^Resumen ejecutivo/);
    expect(pages[2]).toMatch(/^El taller Participaron 5 personas\./);
    const workshop = model.sections.find((s) => s.id === 'workshop')!;
    const table = workshop.blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows.length).toBe(s4!.questions.length + 1);
    for (const row of table.kind === 'table' ? table.rows : []) {
      for (const paragraph of row.flat()) expect(text).toContain(normalize(paragraph.text));
    }
    expect(text).toContain('diferencia de 4 niveles · media 2,4');
    expect(text).toContain(XSS_NOTE);
    expect(text).toContain(FORMULA_NOTE);
    expect(text).toContain(normalize(LONG_REASON));
    expect(text).toContain(`Motivo: ${XSS_NOTE}`);
    for (const name of PARTICIPANT_NAMES) expect(text).not.toContain(name);
    expect(rendered.workshopEn!.text).toContain('5 people took part.');
    expect(rendered.workshopEn!.text).toContain('chosen by the facilitator');
    expect(model.fileName).toBe('peldano-taller-sede-norte-marzo-2025-11-22.pdf');
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', rendered.workshop!.path], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Informe del taller: Taller «Sede Norte» — marzo$/m);
  });

  it('prints the progress since an earlier assessment after the summary', () => {
    const { text, pages, model } = rendered.progress!;
    expect(pages[2]).toMatch(/^Progreso desde el 20 de mayo de 2024 /);
    expect(pages[2]).toContain('La posición ha subido 2 peldaños.');
    expect(pages[2]).toContain(`Peldaño 1 de 10 · ${content.texts.es.stages[content.structure.stages[0]!.id]!.name}`);
    const progress = model.sections.find((s) => s.id === 'progress')!;
    const cells = progress.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((row) => row.flat().map((p) => p.text)) : []));
    expect(cells.length).toBeGreaterThan(100);
    for (const cell of cells) expect(text).toContain(normalize(cell));
    expect(text).not.toContain('\uFFFD');
  });
});
