import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/engine/answers';
import { summarizeStages } from '../../src/engine/summarize-workshop';
import { buildReport } from '../../src/report/build-report';
import type { ReportBlock, ReportModel, ReportSection } from '../../src/report/report-model';
import { FORMULA_NOTE, PARTICIPANT_NAMES, XSS_NOTE, buildWorkshopInput, levelAnswers, loadRealContent } from './report-fixture';

const content = loadRealContent();
const { structure } = content;
const [, s2, , s4] = structure.stages;
const stageName = (lang: 'es' | 'en', order: number) => content.texts[lang].stages[structure.stages[order - 1]!.id]!.name;
const statement = (lang: 'es' | 'en', id: string) => content.texts[lang].questions[id]!.statement;

// Everyone: stages 1-3 at 4, the rest at 1. Stage 4 splits the room 4/4/0 (spread 4, mean 2.7, median 4);
// the first question of stage 2 is 4/2/3 (spread 2, mean 3, median 3).
const base = levelAnswers(structure, 3);
const people: Record<string, AnswerValue>[] = [4, 4, 0].map((level, i) => ({
  ...base,
  ...Object.fromEntries(s4!.questions.map((q) => [q.id, level as AnswerValue])),
  [s2!.questions[0]!.id]: ([4, 2, 3] as const)[i]!,
}));
const firstOfStage4 = s4!.questions[0]!.id;
const firstOfStage2 = s2!.questions[0]!.id;
const agreements = {
  [firstOfStage4]: { answer: 0 as const, reason: XSS_NOTE },
  [firstOfStage2]: { reason: FORMULA_NOTE },
};
const build = (lang: 'es' | 'en', options: Partial<Parameters<typeof buildWorkshopInput>[1]> = {}) =>
  buildReport(buildWorkshopInput(lang, { content, people, agreements, title: 'Taller de Marketing', ...options }));

const section = (model: ReportModel, id: ReportSection['id']) => model.sections.find((s) => s.id === id)!;
const blocks = <K extends ReportBlock['kind']>(model: ReportModel, id: ReportSection['id'], kind: K) =>
  section(model, id).blocks.filter((b): b is Extract<ReportBlock, { kind: K }> => b.kind === kind);
const texts = (cell: { text: string }[] | undefined) => (cell ?? []).map((p) => p.text);

function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach((v) => collectStrings(v, out));
  return out;
}

describe('the workshop section', () => {
  const es = build('es');
  const en = build('en');

  it('comes right after the executive summary', () => {
    expect(es.sections.map((s) => s.id)).toEqual(['summary', 'workshop', 'profile', 'roadmap', 'detail', 'methodology']);
    expect(section(es, 'workshop').title).toBe('El taller');
    expect(section(en, 'workshop').title).toBe('The workshop');
  });

  it('says how many took part and how the agreed answers were reached', () => {
    const paragraphs = blocks(es, 'workshop', 'paragraph').map((p) => p.text);
    expect(paragraphs[0]).toBe('Participaron 3 personas. Cada una respondió al cuestionario por su cuenta.');
    expect(paragraphs[1]).toMatch(/^Las respuestas de este informe son las que acordó el grupo: .*la mediana de la sala\. Cuando la mediana queda entre dos niveles, se toma el inferior/);
    expect(blocks(en, 'workshop', 'paragraph')[0]!.text).toMatch(/^3 people took part\. /);
    const one = build('es', { people: [base] });
    expect(blocks(one, 'workshop', 'paragraph')[0]!.text).toBe('Participó 1 persona, que respondió al cuestionario por su cuenta.');
    expect(blocks(build('en', { people: [base] }), 'workshop', 'paragraph')[0]!.text).toMatch(/^1 person took part /);
  });

  it('lists every disagreement, widest first, with the room’s spread and the agreed answer', () => {
    // Issue 14 put the alignment chart before the disagreements.
    expect(blocks(es, 'workshop', 'heading').map((h) => h.text)).toEqual(['Alineación por etapa', `Puntos de desacuerdo (${s4!.questions.length + 1})`]);
    const [table] = blocks(es, 'workshop', 'table');
    expect(table!.columns.map((c) => c.header)).toEqual(['N.º', 'Pregunta', 'Respuestas de la sala', 'Respuesta acordada', 'Motivo']);
    expect(table!.rows).toHaveLength(s4!.questions.length + 1);
    const [first, second] = table!.rows;
    const last = table!.rows.at(-1)!;
    expect(first!.map(texts)).toEqual([
      ['1'],
      [statement('es', firstOfStage4), `Etapa 4. ${stageName('es', 4)}`],
      ['mínima 0 – máxima 4', 'diferencia de 4 niveles · media 2,7'],
      [`${content.texts.es.scale.levels[0]} (0)`, 'elegida por quien dirigió el taller'],
      [XSS_NOTE],
    ]);
    expect(second!.map(texts)[3]).toEqual([`${content.texts.es.scale.levels[4]} (4)`, 'mediana de la sala']);
    expect(second![4]).toEqual([]);
    expect(last.map(texts)).toEqual([
      [String(table!.rows.length)],
      [statement('es', firstOfStage2), `Etapa 2. ${stageName('es', 2)}`],
      ['mínima 2 – máxima 4', 'diferencia de 2 niveles · media 3'],
      [`${content.texts.es.scale.levels[3]} (3)`, 'mediana de la sala'],
      [FORMULA_NOTE],
    ]);
    const [enTable] = blocks(en, 'workshop', 'table');
    expect(enTable!.rows[0]!.map(texts)[2]).toEqual(['lowest 0 – highest 4', 'spread 4 levels · mean 2.7']);
    expect(enTable!.rows[0]!.map(texts)[3]![1]).toBe('chosen by the facilitator');
    expect(enTable!.rows.at(-1)!.map(texts)[3]![1]).toBe('median of the room');
  });

  it('keeps the reasons exactly as typed, and drops the reason column when there are none', () => {
    const reasons = blocks(es, 'workshop', 'table')[0]!.rows.flatMap((row) => texts(row[4]));
    expect(reasons).toEqual([XSS_NOTE, FORMULA_NOTE]);
    const bare = build('es', { agreements: {} });
    const [table] = blocks(bare, 'workshop', 'table');
    expect(table!.columns.map((c) => c.header)).toEqual(['N.º', 'Pregunta', 'Respuestas de la sala', 'Respuesta acordada']);
    expect(table!.rows.every((row) => row.length === 4)).toBe(true);
  });

  it('says so when the room agreed on everything', () => {
    const calm = build('es', { people: [base, base, levelAnswers(structure, 3, 2)] }); // one level apart at most
    expect(blocks(calm, 'workshop', 'heading').map((h) => h.text)).toEqual(['Alineación por etapa', 'Puntos de desacuerdo (0)']);
    expect(blocks(calm, 'workshop', 'table')).toEqual([]);
    expect(blocks(calm, 'workshop', 'paragraph').at(-1)!.text).toBe(
      'Ninguna pregunta tuvo respuestas separadas por 2 niveles o más: la sala coincidió a grandes rasgos en todas.',
    );
    const calmEn = build('en', { people: [base, base] });
    expect(blocks(calmEn, 'workshop', 'paragraph').at(-1)!.text).toBe(
      'No question had answers 2 or more levels apart: the room broadly agreed on every question.',
    );
  });

  it('draws each stage’s alignment: the participants’ lowest, mean and highest score', () => {
    const [chart] = blocks(es, 'workshop', 'stage-ranges');
    const summary = summarizeStages(structure, people.map((answers, i) => ({ id: String(i), name: '', answers })));
    expect(chart!.figure.rows.map((r) => [r.order, r.mean, r.lowest, r.highest])).toEqual(summary.map((s) => [s.order, s.mean, s.lowest, s.highest]));
    // Stage 4 splits the room 4/4/0: one participant at 0 %, two at 100 %.
    const row4 = chart!.figure.rows[3]!;
    expect(row4.label).toBe(`Etapa 4. ${stageName('es', 4)}`);
    expect(row4.valueText).toBe('media 67\u00a0% (0\u00a0%–100\u00a0%)');
    const [enChart] = blocks(en, 'workshop', 'stage-ranges');
    expect(enChart!.figure.rows[3]!.valueText).toBe('mean 67% (0%–100%)');
    expect(enChart!.figure.legend).toEqual({ range: 'lowest to highest', mean: 'mean' });
  });

  it('never prints a participant’s name, only the count', () => {
    for (const model of [es, en]) {
      const all = collectStrings([model.cover, model.sections, model.metadata, model.footer, model.fileName]).join('\n');
      for (const name of PARTICIPANT_NAMES) expect(all).not.toContain(name);
    }
  });
});

describe('a workshop report', () => {
  it('is named after the workshop on the cover, in the footer, the metadata and the file name', () => {
    const es = build('es', { title: '  Taller de Marketing\n«Sede Norte»  ' });
    expect(es.cover.title).toBe('Taller de Marketing «Sede Norte»');
    expect(es.cover.subtitle).toBe('Informe del taller');
    expect(es.cover.eyebrow).toBe('Taller de autoevaluación de madurez en redes sociales');
    expect(es.cover.facts).toEqual([
      { label: 'Fecha', value: '22 de noviembre de 2025' },
      { label: 'Participantes', value: '3 personas' },
      { label: 'Modelo', value: `${content.texts.es.modelName}, versión ${content.structure.version}` },
    ]);
    expect(es.footer.title).toBe('Taller de Marketing «Sede Norte»');
    expect(es.metadata).toMatchObject({ title: 'Informe del taller: Taller de Marketing «Sede Norte»', author: 'Peldaño' });
    expect(es.fileName).toBe('peldano-taller-de-marketing-sede-norte-2025-11-22.pdf');
    expect(build('en').fileName).toBe('peldano-workshop-taller-de-marketing-2025-11-22.pdf');
  });

  it('uses a neutral title when the workshop has none', () => {
    const es = build('es', { title: '' });
    expect(es.cover.title).toBe('Informe del taller');
    expect(es.cover.subtitle).toBe('');
    expect(es.fileName).toBe('peldano-taller-2025-11-22.pdf');
    const en = build('en', { title: '   ' });
    expect(en.cover.title).toBe('Workshop report');
    expect(en.footer.title).toBe('Workshop report');
    expect(en.fileName).toBe('peldano-workshop-2025-11-22.pdf');
    expect(en.cover.facts[1]).toEqual({ label: 'Participants', value: '3 people' });
  });

  it('reports the group’s result from the agreed answers, with the reasons as notes in the stage detail', () => {
    const es = build('es');
    // Stage 4 agreed at the median (4) except one question recorded at 0: the group stands on rung 4, unless that
    // question is one of stage 4's essential practices, which then holds the stage below the floor (rung 3).
    const rung = s4!.questions[0]!.essential ? 3 : 4;
    expect(es.cover.placementValue).toBe(`Peldaño ${rung} de 10`);
    const tables = blocks(es, 'detail', 'table');
    expect(tables[0]!.columns.map((c) => c.header)).toEqual(['N.º', 'Pregunta', 'Respuesta acordada']);
    const cells = tables.flatMap((t) => t.rows.flatMap((row) => row.flat().map((p) => p.text)));
    expect(cells).toContain(`Motivo: ${XSS_NOTE}`);
    expect(cells).toContain(`Motivo: ${FORMULA_NOTE}`);
    expect(blocks(es, 'detail', 'paragraph')[0]!.text).toMatch(/respuesta que acordó el grupo/);
    const stage4 = tables[3]!.rows.map((row) => row[2]![0]!.text);
    expect(stage4[0]).toBe(`${content.texts.es.scale.levels[0]} (0)`);
    expect(stage4.slice(1).every((text) => text === `${content.texts.es.scale.levels[4]} (4)`)).toBe(true);
    expect(collectStrings(build('en').sections)).toContain(`Reason: ${XSS_NOTE}`);
  });
});
