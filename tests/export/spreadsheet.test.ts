/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { DONT_KNOW, NOT_APPLICABLE } from '../../src/engine/answers';
import { assess } from '../../src/engine/assess';
import { HORIZONS } from '../../src/engine/build-roadmap';
import { buildSpreadsheet, type SpreadsheetPlan, toSheetName } from '../../src/engine/build-spreadsheet';
import { createSpreadsheet } from '../../src/export/create-spreadsheet';
import { spreadsheetLabels } from '../../src/export/spreadsheet-labels';
import { writeCsv } from '../../src/export/write-csv';
import { createReportTranslator } from '../../src/i18n/report-translator';
import { numberQuestions } from '../../src/engine/question-numbers';
import { buildCompleteAnswers, FORMULA_NOTE, loadRealContent, REPORT_STRINGS, TYPOGRAPHY } from '../report/report-fixture';

const content = loadRealContent();
const { structure } = content;
const { answers: complete, notes } = buildCompleteAnswers(structure);
const allQuestions = structure.stages.flatMap((s) => s.questions);
const conditional = allQuestions.find((q) => q.conditional);
// One "doesn't apply" where the model allows it, so its label is checked too.
const answers = conditional ? { ...complete, [conditional.id]: NOT_APPLICABLE } : complete;
const result = assess(structure, answers);
const numbers = numberQuestions(structure);
const firstRoadmapItem = HORIZONS.flatMap((h) => result.roadmap[h])[0]!;
const plan: SpreadsheetPlan = {
  actions: [
    { questionId: firstRoadmapItem.questionId, owner: 'Marta «Comunicación»', due: '2026-03-31', status: 'in-progress', effort: 'medium', note: 'Primer paso' },
    { questionId: allQuestions[1]!.id, title: 'Acción propia', status: 'done' },
  ],
  target: { rung: result.placement + 1, date: '2026-06-30' },
};

async function readBack(lang: 'es' | 'en', withPlan = true) {
  const { blob, fileName } = await createSpreadsheet({
    format: 'xlsx',
    lang,
    structure,
    texts: content.texts[lang],
    strings: REPORT_STRINGS[lang],
    answers,
    notes,
    organization: '«Ñandú & Cía.»',
    plan: withPlan ? plan : undefined,
    generatedAt: new Date(2026, 0, 15),
  });
  const sheets = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
  return { fileName, sheets, byName: (name: string) => sheets.find((s) => s.sheet === name)!.data };
}

describe('spreadsheet export (XLSX read back with read-excel-file)', () => {
  for (const lang of ['es', 'en'] as const) {
    const t = createReportTranslator(lang, REPORT_STRINGS[lang]);
    const labels = spreadsheetLabels(t);
    const texts = content.texts[lang];

    it(`has one sheet per part, named in ${lang}, and a dated file name`, async () => {
      const { sheets, fileName } = await readBack(lang);
      expect(sheets.map((s) => s.sheet)).toEqual([labels.sheets.summary, labels.sheets.answers, labels.sheets.stages, labels.sheets.roadmap, labels.sheets.plan]);
      expect(fileName).toMatch(/^peldano-.*nandu-cia-2026-01-15\.xlsx$/);
      const withoutPlan = await readBack(lang, false);
      expect(withoutPlan.sheets.map((s) => s.sheet)).not.toContain(labels.sheets.plan);
    });

    it(`answers sheet (${lang}): every question with its stage, number, statement, answer label and note`, async () => {
      const { byName } = await readBack(lang);
      const rows = byName(labels.sheets.answers);
      expect(rows[0]).toEqual([labels.answers.stage, labels.answers.number, labels.answers.statement, labels.answers.level, labels.answers.answer, labels.answers.note]);
      expect(rows).toHaveLength(allQuestions.length + 1);
      for (const stage of structure.stages) {
        stage.questions.forEach((question) => {
          const row = rows.find((r) => r[1] === numbers.get(question.id))!;
          expect(row[0]).toBe(t('stageLabel', { order: stage.order, stage: texts.stages[stage.id]!.name }));
          expect(row[2]).toBe(texts.questions[question.id]!.statement);
          const answer = answers[question.id];
          if (answer === DONT_KNOW) expect(row.slice(3, 5)).toEqual([null, texts.scale.dontKnow]);
          else if (answer === NOT_APPLICABLE) expect(row.slice(3, 5)).toEqual([null, texts.scale.notApplicable]);
          else expect(row.slice(3, 5)).toEqual([answer, texts.scale.levels[answer!]]);
        });
      }
      // Notes come back exactly, typography and all; a formula-like note stays text (never a formula).
      const noteOf = (id: string) => rows.find((r) => r[1] === numbers.get(id))![5];
      const withTypography = Object.keys(notes).find((id) => notes[id]!.includes(TYPOGRAPHY))!;
      expect(noteOf(withTypography)).toBe(notes[withTypography]);
      const formula = Object.keys(notes).find((id) => notes[id] === FORMULA_NOTE)!;
      expect(noteOf(formula)).toBe(FORMULA_NOTE);
      if (conditional) expect(rows.some((r) => r[4] === texts.scale.notApplicable)).toBe(true);
      expect(rows.some((r) => r[4] === texts.scale.dontKnow)).toBe(true);
    });

    it(`stages sheet (${lang}): scores, statuses, coverage and counts match the engine`, async () => {
      const { byName } = await readBack(lang);
      const rows = byName(labels.sheets.stages).slice(1);
      expect(rows).toHaveLength(structure.stages.length);
      for (const stage of result.stages) {
        const row = rows.find((r) => r[0] === t('stageLabel', { order: stage.order, stage: texts.stages[stage.stageId]!.name }))!;
        if (stage.score === null) expect(row[1]).toBeNull();
        else expect(row[1]).toBeCloseTo(stage.score / 100, 9);
        expect(row[2]).toBe(t(`status.${stage.status}`));
        expect(row[3]).toBeCloseTo(stage.coverage, 9);
        expect(row.slice(4)).toEqual([stage.questionCount, stage.answeredCount, stage.dontKnowCount, stage.unansweredCount]);
      }
    });

    it(`roadmap and plan sheets (${lang}): every roadmap item by horizon; plan actions with owner, ISO date, status and effort`, async () => {
      const { byName } = await readBack(lang);
      const roadmap = byName(labels.sheets.roadmap).slice(1);
      const items = HORIZONS.flatMap((h) => result.roadmap[h].map((item) => ({ h, item })));
      expect(roadmap).toHaveLength(items.length);
      items.forEach(({ h, item }, i) => {
        expect(roadmap[i]![0]).toBe(t(`roadmap.horizon.${h}`));
        expect(roadmap[i]![1]).toBe(i + 1);
        expect(roadmap[i]![3]).toBe(numbers.get(item.questionId));
        expect(roadmap[i]![4]).toBe(texts.questions[item.questionId]!.action);
      });
      const planRows = byName(labels.sheets.plan);
      expect(planRows[0]).toEqual(Object.values(labels.plan));
      const [first, second] = planRows.slice(1);
      expect(first![0]).toBe(numbers.get(firstRoadmapItem.questionId));
      expect(first![1]).toBe(texts.questions[firstRoadmapItem.questionId]!.action);
      expect(first![2]).toBe('Marta «Comunicación»');
      expect(first![3]).toEqual(new Date('2026-03-31T00:00:00Z'));
      expect(first!.slice(4)).toEqual([labels.planStatus['in-progress'], labels.effort.medium, 'Primer paso']);
      expect(second!.slice(1, 6)).toEqual(['Acción propia', null, null, labels.planStatus.done, null]);
      const summary = byName(labels.sheets.summary);
      expect(summary).toContainEqual([labels.summary.targetRung, t('cover.rung', { placement: result.placement + 1, total: structure.stages.length })]);
      expect(summary).toContainEqual([labels.summary.placement, t('cover.rung', { placement: result.placement, total: structure.stages.length })]);
      expect(summary).toContainEqual([labels.summary.dontKnow, result.dontKnowCount]);
    });
  }
});

describe('CSV export', () => {
  const t = createReportTranslator('es', REPORT_STRINGS.es);
  const sheet = buildSpreadsheet({ structure, result, texts: content.texts.es, answers, notes, labels: spreadsheetLabels(t) }).sheets.find((s) => s.id === 'answers')!;
  const csv = writeCsv(sheet);

  it('starts with a UTF-8 byte-order mark and the translated header, one line per question', () => {
    expect(csv.startsWith('\uFEFFEtapa,N.º,Afirmación,Nivel (0–4),Respuesta,Nota\r\n')).toBe(true);
    // Quoted fields may hold line breaks; count records by question numbers instead.
    for (const id of allQuestions.map((q) => q.id)) expect(csv).toContain(`,${numbers.get(id)},`);
  });

  it('quotes commas, quotes and line breaks, and keeps a formula-like note as text', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""clic"")"`);
    expect(csv).toContain('"Primera línea\nSegunda línea\n\nTras una línea en blanco"');
  });

  it('the CSV file the export makes is the answers sheet', async () => {
    const { blob, fileName } = await createSpreadsheet({
      format: 'csv', lang: 'en', structure, texts: content.texts.en, strings: REPORT_STRINGS.en, answers, notes, organization: '', generatedAt: new Date(2026, 0, 15),
    });
    expect(fileName).toBe('peldano-results-2026-01-15.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
    expect(text.startsWith('\uFEFFStage,No.,Statement,Level (0–4),Answer,Note\r\n')).toBe(true);
  });
});

describe('sheet names', () => {
  it('follow Excel rules: no forbidden characters, at most 31 characters, unique', () => {
    expect(toSheetName('Plan: a/b?c*[d]')).toBe('Plan- a-b-c--d-');
    expect(toSheetName('x'.repeat(40))).toHaveLength(31);
    expect(toSheetName('Answers', new Set(['answers']))).toBe('Answers (2)');
  });
});
