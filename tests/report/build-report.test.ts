import { describe, expect, it } from 'vitest';
import { type AnswerValue, DONT_KNOW } from '../../src/engine/answers';
import { assess } from '../../src/engine/assess';
import { formatPercent, formatWhole } from '../../src/engine/number-format';
import { HORIZONS } from '../../src/engine/build-roadmap';
import { buildReport } from '../../src/report/build-report';
import { buildFileName, slugifyOrganization } from '../../src/browser/file-name';
import type { ReportBlock, ReportModel, ReportSection } from '../../src/report/report-model';
import { cleanUserText, formatPageLabel, interpolate } from '../../src/report/report-text';
import { FORMULA_NOTE, LONG_NOTE, ORGANIZATION, REPORT_STRINGS, TYPOGRAPHY, XSS_NOTE, buildInput, loadRealContent } from './report-fixture';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const content = loadRealContent();
const es = buildReport(buildInput('es', { content }));
const en = buildReport(buildInput('en', { content }));

const section = (model: ReportModel, id: ReportSection['id']) => model.sections.find((s) => s.id === id)!;
const blocksOf = <K extends ReportBlock['kind']>(model: ReportModel, id: ReportSection['id'], kind: K) =>
  section(model, id).blocks.filter((b): b is Extract<ReportBlock, { kind: K }> => b.kind === kind);
/** Spanish writes "95 %" with a no-break space, as its typography asks (engine/number-format). */
const nb = (text: string) => text.replace(/ %/g, '\u00a0%');
const stageName = (lang: 'es' | 'en', order: number) => content.texts[lang].stages[content.structure.stages[order - 1]!.id]!.name;
// Figures read from the model and the fixture's result, so revising the questionnaire does not break these tests.
const result = buildInput('es', { content }).result;
const totalQuestions = content.structure.stages.reduce((n, s) => n + s.questions.length, 0);
const decimal = (lang: 'es' | 'en', value: number) => formatWhole(value, lang);
const percent = (value: number) => formatPercent(value, 'es');
const stageResult = (order: number) => result.stages.find((s) => s.order === order)!;
/** "7. Comunidad: 91 %", as the summary lists a stage. */
const scoreLine = (order: number) => `${order}. ${stageName('es', order)}: ${percent(stageResult(order).score!)}`;

/** Every string in the model, to check nothing is left unfilled. */
function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach((v) => collectStrings(v, out));
  return out;
}

function deepKeys(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, v]) => deepKeys(v, prefix ? `${prefix}.${key}` : key));
}

function answerAll(value: AnswerValue): Record<string, AnswerValue> {
  return Object.fromEntries(content.structure.stages.flatMap((s) => s.questions.map((q) => [q.id, value])));
}

describe('report strings', () => {
  it('have the same keys in Spanish and English, none empty except deliberate zero forms', () => {
    expect(deepKeys(REPORT_STRINGS.en).sort()).toEqual(deepKeys(REPORT_STRINGS.es).sort());
    for (const strings of Object.values(REPORT_STRINGS)) {
      for (const key of deepKeys(strings)) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], strings);
        if (!key.endsWith('_zero')) expect(text, key).not.toBe('');
      }
    }
  });
});

describe('buildReport', () => {
  it('states the placement in words on the cover and in the summary, in each language', () => {
    expect(es.cover.placementValue).toBe('Peldaño 3 de 10');
    expect(es.cover.placementStage).toBe(stageName('es', 3));
    expect(en.cover.placementValue).toBe('Rung 3 of 10');
    const paragraphs = blocksOf(es, 'summary', 'paragraph').map((b) => b.text);
    expect(paragraphs).toContain(`La organización está en el peldaño 3 de 10: ${stageName('es', 3)}. Todas las etapas hasta esta están alcanzadas.`);
    expect(paragraphs.some((p) => p.startsWith('Qué significa: ') && p.includes(content.texts.es.stages[content.structure.stages[2]!.id]!.changes))).toBe(true);
    expect(es.cover.ladder.placement).toBe(3);
    expect(es.cover.ladder.rungLabels).toHaveLength(10);
  });

  it('summarises on one page: index, don’t-know count, three strongest and three weakest stages', () => {
    const [highlights] = blocksOf(es, 'summary', 'highlights');
    expect(highlights!.items.map((i) => i.value)).toEqual([
      '3 de 10',
      `${decimal('es', result.overallIndex!)} de 100`,
      `${result.dontKnowCount} de ${totalQuestions}`,
    ]);
    expect(result.dontKnowCount).toBeGreaterThan(0);
    expect(blocksOf(en, 'summary', 'highlights')[0]!.items[1]!.value).toBe(`${decimal('en', result.overallIndex!)} of 100`);
    const [columns] = blocksOf(es, 'summary', 'columns');
    const [strongest, weakest] = columns!.columns;
    // The fixture makes stages 1, 2, 3 and 7 strong and 5, 8, 9, 10 weak: the three highest and lowest, by score.
    const rated = result.stages.filter((stage) => stage.score !== null);
    const byScore = [...rated].sort((a, b) => b.score! - a.score! || a.order - b.order).map((stage) => stage.order);
    expect(byScore.slice(0, 3).every((order) => [1, 2, 3, 7].includes(order))).toBe(true);
    expect(strongest!.items).toEqual(byScore.slice(0, 3).map(scoreLine));
    const lowest = [...rated].sort((a, b) => a.score! - b.score! || a.order - b.order).slice(0, 3).map((stage) => String(stage.order));
    expect(lowest.every((order) => ['5', '8', '9', '10'].includes(order))).toBe(true);
    expect(weakest!.items.map((i) => i.split('.')[0])).toEqual(lowest);
    // A stage without enough answers is named as not rated rather than ranked.
    expect(blocksOf(es, 'summary', 'paragraph').some((b) => b.role === 'meta' && b.text.includes(`6. ${stageName('es', 6)}`))).toBe(true);
  });

  it('explains why the company is not on the next rung and which stages are ahead of their foundations', () => {
    const headings = blocksOf(es, 'summary', 'heading').map((b) => b.text);
    expect(headings).toContain('Por qué no está en el peldaño 4');
    const bullets = blocksOf(es, 'summary', 'bullets');
    const input = buildInput('es', { content });
    const blocking = input.result.blockingItems.map((item) => content.texts.es.questions[item.questionId]!.statement);
    expect(blocking.length).toBeGreaterThan(0);
    for (const statement of blocking) expect(bullets[0]!.items.some((item) => item.includes(statement))).toBe(true);
    // Essential practices below the threshold say so.
    const essentials = input.result.blockingItems.filter((item) => item.essential);
    for (const item of essentials) {
      const statement = content.texts.es.questions[item.questionId]!.statement;
      expect(bullets[0]!.items).toContainEqual(expect.stringMatching(new RegExp(`^Práctica esencial: ${escapeRegExp(statement)}`)));
    }
    // "Don't know" answers of the next rung are named as things to find out, not to build.
    const unknowns = input.result.blockingUnknowns.map((item) => content.texts.es.questions[item.questionId]!.statement);
    if (unknowns.length) expect(bullets[1]!.items.map((item) => item.split(' (respuesta «No lo sé»')[0])).toEqual(unknowns);
    expect(bullets.at(-1)!.items).toEqual([scoreLine(7)]);
  });

  it('lists the roadmap by horizon, each action with its stage, outcome, KPI and blank owner and date cells', () => {
    const input = buildInput('en', { content });
    const headings = blocksOf(en, 'roadmap', 'heading').map((b) => b.text);
    expect(headings.map((h) => h.split(' · ')[0])).toEqual(['Now', 'Next', 'Later', 'Strengthen foundations', 'Find out']);
    const tables = blocksOf(en, 'roadmap', 'table');
    const nonEmpty = HORIZONS.filter((h) => input.result.roadmap[h].length > 0);
    expect(tables).toHaveLength(nonEmpty.length);
    tables.forEach((table, i) => {
      const items = input.result.roadmap[nonEmpty[i]!];
      expect(table.columns.map((c) => c.header)).toEqual(['No.', 'Action', 'Expected outcome', 'Indicator (KPI)', 'Owner', 'Date']);
      expect(table.writable).toBe(true);
      expect(table.rows).toHaveLength(items.length);
      table.rows.forEach((row, j) => {
        const question = content.texts.en.questions[items[j]!.questionId]!;
        // "Don't know" is something to check, never an action to build: no outcome or indicator is promised.
        const findOut = nonEmpty[i] === 'find-out';
        expect(row[1]![0]!.text).toBe(findOut ? `Find out whether this holds: ${question.statement}` : question.action);
        expect(row[1]![1]!.text).toBe(`Stage ${items[j]!.stageOrder} · ${stageName('en', items[j]!.stageOrder)}`);
        expect(row[2]![0]!.text).toBe(findOut ? '' : question.outcome);
        expect(row[3]![0]!.text).toBe(findOut ? '' : question.kpi);
        expect(row[4]).toEqual([]);
        expect(row[5]).toEqual([]);
      });
    });
    expect(blocksOf(es, 'roadmap', 'heading').some((h) => h.text === 'Reforzar los cimientos · 0 acciones')).toBe(true);
  });

  it('details every question with its answer and the respondent’s note, kept as plain text', () => {
    const tables = blocksOf(es, 'detail', 'table');
    expect(tables).toHaveLength(10);
    const rows = tables.flatMap((t) => t.rows);
    expect(rows).toHaveLength(totalQuestions);
    const texts = rows.flatMap((row) => row.flat().map((p) => p.text));
    expect(texts).toContain(`Nota: ${XSS_NOTE}`);
    expect(texts).toContain(`Nota: ${FORMULA_NOTE}`);
    expect(texts.some((t) => t.includes(TYPOGRAPHY))).toBe(true);
    expect(texts).toContain('Nota: Primera línea\nSegunda línea\n\nTras una línea en blanco');
    expect(texts).toContain(`Nota: ${LONG_NOTE}`);
    expect(texts).toContain(content.texts.es.scale.dontKnow);
    expect(texts).toContain(`${content.texts.es.scale.levels[4]} (4)`);
    const headings = blocksOf(es, 'detail', 'heading').map((b) => b.text);
    expect(headings[0]).toBe(`Etapa 1. ${stageName('es', 1)}`);
    expect(blocksOf(es, 'detail', 'paragraph')[1]!.text).toBe(
      nb(
        `Puntuación: ${percent(stageResult(1).score!)} · Estado: Alcanzada · Cobertura: 100 % · ${content.structure.stages[0]!.questions.length} de ${content.structure.stages[0]!.questions.length} preguntas respondidas`,
      ),
    );
  });

  it('prints beside each answer what the chosen level looks like, and marks essential and conditional questions', () => {
    const input = buildInput('es', { content });
    const rows = blocksOf(es, 'detail', 'table').flatMap((t) => t.rows);
    const questions = content.structure.stages.flatMap((s) => s.questions);
    questions.forEach((question, i) => {
      const answer = input.answers[question.id];
      const [, questionCell, answerCell] = rows[i]!;
      if (typeof answer === 'number') expect(answerCell!.map((p) => p.text)).toContain(content.levels.es[question.id]![answer]);
      else expect(answerCell).toHaveLength(1);
      expect(questionCell![1]!.text.startsWith('Práctica esencial · ')).toBe(question.essential);
      const condition = content.texts.es.questions[question.id]!.condition;
      if (condition) expect(questionCell!.map((p) => p.text)).toContain(condition);
    });
    // Each stage gives its "don't know" count.
    const stage1 = input.result.stages[0]!;
    expect(blocksOf(es, 'detail', 'paragraph').map((p) => p.text)).toContain(
      stage1.dontKnowCount ? expect.stringMatching(/respuestas? «No lo sé»/) : 'Ninguna respuesta «No lo sé».',
    );
  });

  it('says when the placement is provisional, how high it could go and how many answers would settle it', () => {
    const structure = content.structure;
    const essential = structure.stages[1]!.questions.find((q) => q.essential)!;
    const answers: Record<string, AnswerValue> = {};
    structure.stages.forEach((stage) => stage.questions.forEach((q) => (answers[q.id] = stage.order <= 4 ? 4 : 0)));
    answers[essential.id] = DONT_KNOW;
    const input = { ...buildInput('en', { content }), answers, result: assess(structure, answers) };
    expect(input.result.provisional).toMatchObject({ upTo: 4, settle: [essential.id] });
    const paragraphs = blocksOf(buildReport(input), 'summary', 'paragraph').map((p) => p.text);
    expect(paragraphs).toContain(
      `This placement is provisional: the next rung is held back only by answers nobody has given yet. If they confirmed the practices, the organization could stand on rung 4 of 10, ${stageName('en', 4)}.`,
    );
    expect(paragraphs).toContain('One answer in stages 2 to 4 would settle it (1 answered “Don’t know”, none left unanswered).');
  });

  it('gives the methodology with the rules filled in and the model version', () => {
    const strings = collectStrings(section(es, 'methodology'));
    expect(strings).toContain(`${content.structure.version} (${content.structure.id})`);
    expect(strings).toContain('Posición resultante: 3. Las etapas 1 a 3 están alcanzadas y la etapa 4 no lo está.');
    expect(strings).toContain(nb('67 %'));
    for (const text of [...collectStrings(es.sections), ...collectStrings(en.sections), ...collectStrings(es.cover)]) {
      expect(text).not.toMatch(/\{\{|\{(achievedScore|ratedCoverage|gapBelow)\}/);
    }
  });

  it('uses a neutral title and leaves the organisation out of the file name when none was given', () => {
    const model = buildReport(buildInput('es', { content, profile: { organization: '  ', role: '' } }));
    expect(model.cover.title).toBe('Informe de madurez en redes sociales');
    expect(model.cover.subtitle).toBe('');
    expect(model.cover.facts.map((f) => f.label)).toEqual(['Fecha', 'Modelo']);
    expect(model.fileName).toBe('peldano-informe-2025-11-22.pdf');
    expect(model.metadata.author).toBe('Peldaño');
    expect(model.footer.title).toBe('Informe de madurez en redes sociales');
  });

  it('names the organisation, date and role on the cover and in the metadata', () => {
    expect(es.cover.title).toBe(ORGANIZATION);
    expect(es.cover.facts).toEqual([
      { label: 'Fecha', value: '22 de noviembre de 2025' },
      { label: 'Cargo de quien responde', value: 'Directora de Comunicación — “Marketing”' },
      { label: 'Modelo', value: `${content.texts.es.modelName}, versión ${content.structure.version}` },
    ]);
    expect(en.cover.facts[0]).toEqual({ label: 'Date', value: 'November 22, 2025' });
    expect(es.fileName).toBe('peldano-informe-nandu-cia-2025-11-22.pdf');
    expect(en.fileName).toBe('peldano-report-nandu-cia-2025-11-22.pdf');
    expect(es.metadata.title).toBe(`Informe de madurez en redes sociales: ${ORGANIZATION}`);
    expect(formatPageLabel(es.pageLabelTemplate, 3, 9)).toBe('página 3 de 9');
    expect(formatPageLabel(en.pageLabelTemplate, 3, 9)).toBe('page 3 of 9');
  });

  it('handles the bottom and the top of the ladder', () => {
    const input = buildInput('en', { content });
    const none = answerAll(0);
    const bottom = buildReport({ ...input, answers: none, result: assess(content.structure, none) });
    expect(bottom.cover.placementValue).toBe('Rung 0 of 10');
    expect(bottom.cover.placementStage).toBe('The first stage is not yet achieved');
    expect(blocksOf(bottom, 'summary', 'paragraph')[0]!.text).toContain('has not yet achieved the first stage');
    const all = answerAll(4);
    const top = buildReport({ ...input, answers: all, notes: {}, result: assess(content.structure, all) });
    expect(top.cover.placementValue).toBe('Rung 10 of 10');
    expect(blocksOf(top, 'summary', 'heading').map((h) => h.text)).toContain('No rung above');
    expect(blocksOf(top, 'roadmap', 'paragraph').some((p) => p.text === 'Not applicable: the ladder ends at stage 10.')).toBe(true);
    const unknown = answerAll(DONT_KNOW);
    const blank = buildReport({ ...input, answers: unknown, result: assess(content.structure, unknown) });
    expect(blocksOf(blank, 'summary', 'highlights')[0]!.items[1]!.value).toBe('No index');
    expect(blocksOf(blank, 'summary', 'paragraph').map((p) => p.text)).toContain('No stage has enough answers to be rated.');
  });

  // Regression guard: a note that looks like a placeholder must come out as typed.
  it('never reads text typed by users as a placeholder', () => {
    const input = buildInput('es', { content, profile: { organization: '{{page}} {{total}}' } });
    const firstQuestion = content.structure.stages[0]!.questions[0]!.id;
    const model = buildReport({ ...input, notes: { [firstQuestion]: 'Ver {{fileName}} y {achievedScore}' } });
    expect(model.cover.title).toBe('{{page}} {{total}}');
    expect(collectStrings(section(model, 'detail'))).toContain('Nota: Ver {{fileName}} y {achievedScore}');
    expect(interpolate('{{a}} y {{b}}', { a: '{{b}}', b: 'x' })).toBe('{{b}} y x');
  });
});

describe('cleanUserText', () => {
  it('keeps typography and line breaks, drops control characters', () => {
    expect(cleanUserText(`  «Ñandú & Cía.»\r\nsegunda\tlínea\u0007  `)).toBe('«Ñandú & Cía.»\nsegunda línea');
    expect(cleanUserText(undefined)).toBe('');
  });
});

describe('report file name', () => {
  const date = new Date(2025, 0, 5);
  it.each([
    ['«Ñandú & Cía.»', 'peldano-informe-nandu-cia-2025-01-05.pdf'],
    ['Ærøskøbing Straße GmbH', 'peldano-informe-aeroskobing-strasse-gmbh-2025-01-05.pdf'],
    ['<img src=x onerror=alert(1)>', 'peldano-informe-img-src-x-onerror-alert-1-2025-01-05.pdf'],
    ['../../etc/passwd', 'peldano-informe-etc-passwd-2025-01-05.pdf'],
    ['東京', 'peldano-informe-2025-01-05.pdf'],
    ['', 'peldano-informe-2025-01-05.pdf'],
  ])('reduces %j to safe ASCII', (organization, expected) => {
    expect(buildFileName('peldano-informe', organization, date, 'pdf')).toBe(expected);
  });

  it('shortens a long name at a word boundary', () => {
    const slug = slugifyOrganization('Asociación Española de Fabricantes de Escaleras, Peldaños y Otros Elementos Verticales');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^asociacion-espanola-de-fabricantes-de-escaleras-peldanos(-[a-z]+)*$/);
    expect(slug.endsWith('-')).toBe(false);
  });
});
