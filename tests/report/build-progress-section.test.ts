import { describe, expect, it } from 'vitest';
import { DONT_KNOW } from '../../src/engine/answers';
import { buildReport } from '../../src/report/build-report';
import type { ReportBlock, ReportModel } from '../../src/report/report-model';
import { FORMULA_NOTE, XSS_NOTE, buildInput, buildProgressInput, levelAnswers, loadRealContent } from './report-fixture';

const content = loadRealContent();
const { structure } = content;
const stageName = (lang: 'es' | 'en', order: number) => content.texts[lang].stages[structure.stages[order - 1]!.id]!.name;
const level = (lang: 'es' | 'en', value: 0 | 1 | 2 | 3 | 4) => `${content.texts[lang].scale.levels[value]} (${value})`;
/** Intl writes "25 %" with a no-break space in Spanish. */
const nb = (text: string) => text.replace(/ %/g, '\u00a0%');

// A year ago stage 1 was in place (rung 1); now stages 1-3 are (rung 3).
const build = (lang: 'es' | 'en', earlierUpTo: number, currentUpTo: number, fileName?: string) =>
  buildReport(
    buildProgressInput(lang, { content, earlier: levelAnswers(structure, earlierUpTo), current: levelAnswers(structure, currentUpTo), fileName }),
  );
const progress = (model: ReportModel) => model.sections.find((s) => s.id === 'progress')!;
const blocks = <K extends ReportBlock['kind']>(model: ReportModel, kind: K) =>
  progress(model).blocks.filter((b): b is Extract<ReportBlock, { kind: K }> => b.kind === kind);
const texts = (cell: { text: string }[] | undefined) => (cell ?? []).map((p) => p.text);
// Counts read from the model, so moving a question between stages does not break these tests.
const totalQuestions = structure.stages.reduce((n, s) => n + s.questions.length, 0);
/** Questions of stages 2 and 3: those that move up when rung 1 becomes rung 3. */
const movedUp = structure.stages[1]!.questions.length + structure.stages[2]!.questions.length;

describe('the progress section', () => {
  const up = build('es', 1, 3);

  it('comes after the summary, before the ladder, titled with the earlier assessment’s date', () => {
    expect(up.sections.map((s) => s.id)).toEqual(['summary', 'progress', 'profile', 'roadmap', 'detail', 'methodology']);
    expect(progress(up).title).toBe('Progreso desde el 20 de mayo de 2024');
    expect(progress(build('en', 1, 3)).title).toBe('Progress since May 20, 2024');
    expect(buildReport(buildInput('es', { content })).sections.map((s) => s.id)).not.toContain('progress');
  });

  it('states the placement then and now, the overall index and how many answers moved', () => {
    const [highlights] = blocks(up, 'highlights');
    expect(highlights!.items.map((i) => [i.value, i.caption])).toEqual([
      ['3 de 10', 'antes: 1 · 2 peldaños más'],
      ['48 de 100', 'antes: 33'],
      [`${movedUp} de ${totalQuestions}`, `${movedUp} suben · 0 bajan · 0 otros cambios`],
    ]);
    const paragraphs = blocks(up, 'paragraph').map((p) => p.text);
    expect(paragraphs).toContain('La posición ha subido 2 peldaños.');
    expect(blocks(up, 'facts')[0]!.items).toEqual([
      { label: 'Antes (20 de mayo de 2024)', value: `Peldaño 1 de 10 · ${stageName('es', 1)}` },
      { label: 'Ahora', value: `Peldaño 3 de 10 · ${stageName('es', 3)}` },
    ]);
  });

  it('says when the placement went up one rung, down, or stayed', () => {
    expect(blocks(build('es', 2, 3), 'paragraph').map((p) => p.text)).toContain('La posición ha subido 1 peldaño.');
    const down = build('en', 3, 1);
    expect(blocks(down, 'paragraph').map((p) => p.text)).toContain('The organization has moved down 2 rungs.');
    expect(blocks(down, 'highlights')[0]!.items[0]!.caption).toBe('then: 3 · 2 rungs down');
    expect(blocks(down, 'facts')[0]!.items[0]).toEqual({ label: 'Then (May 20, 2024)', value: `Rung 3 of 10 · ${stageName('en', 3)}` });
    const same = build('es', 3, 3);
    expect(blocks(same, 'paragraph').map((p) => p.text)).toEqual(expect.arrayContaining(['La posición no ha cambiado.', 'Ninguna respuesta ha cambiado.']));
    expect(blocks(same, 'highlights')[0]!.items[0]!.caption).toBe('antes: 3 · sin cambio');
    // Nothing moved: no table of moves, only the stage table.
    expect(blocks(same, 'table')).toHaveLength(1);
    const fromZero = build('es', 0, 1);
    expect(blocks(fromZero, 'facts')[0]!.items[0]!.value).toBe('Peldaño 0 de 10 · Todavía no ha alcanzado la primera etapa');
  });

  it('gives every stage’s score and status then and now, the change in points and a new status', () => {
    const [stages] = blocks(up, 'table');
    expect(stages!.columns.map((c) => c.header)).toEqual(['Etapa', 'Antes', 'Ahora', 'Cambio']);
    expect(stages!.rows).toHaveLength(10);
    expect(stages!.rows[0]!.map(texts)).toEqual([[`1. ${stageName('es', 1)}`], [nb('100 % · Alcanzada')], [nb('100 % · Alcanzada')], ['sin cambio']]);
    expect(stages!.rows[1]!.map(texts)).toEqual([
      [`2. ${stageName('es', 2)}`],
      [nb('25 % · En curso')],
      [nb('100 % · Alcanzada')],
      ['+75 puntos', 'Nuevo estado: Alcanzada'],
    ]);
    const [enStages] = blocks(build('en', 3, 1), 'table');
    expect(enStages!.rows[1]!.map(texts)[3]).toEqual(['-75 points', 'New status: In progress']);
    // A stage without a score on one side has no change in points to give.
    const unknown = Object.fromEntries(Object.keys(levelAnswers(structure, 0)).map((id) => [id, DONT_KNOW] as const));
    const fromUnknown = buildReport(buildProgressInput('es', { content, earlier: unknown, current: levelAnswers(structure, 3) }));
    expect(blocks(fromUnknown, 'table')[0]!.rows[0]!.map(texts)[3]).toEqual(['sin puntuación que comparar', 'Nuevo estado: Alcanzada']);
    expect(blocks(fromUnknown, 'highlights')[0]!.items[1]!.caption).toBe('antes: sin índice');
  });

  it('lists the questions that moved in questionnaire order, numbered as in the stage detail', () => {
    const moved = blocks(up, 'table')[1]!;
    expect(blocks(up, 'heading').map((h) => h.text)).toEqual(['Posición en la escalera', 'Etapa por etapa', `Preguntas que han cambiado (${movedUp})`]);
    expect(moved.columns.map((c) => c.header)).toEqual(['N.º', 'Pregunta', 'Cambio', 'Antes', 'Ahora']);
    const ids = [...structure.stages[1]!.questions, ...structure.stages[2]!.questions].map((q) => q.id);
    expect(moved.rows).toHaveLength(ids.length);
    expect(moved.rows[0]!.map(texts)).toEqual([
      ['2.1'],
      [content.texts.es.questions[ids[0]!]!.statement, `Etapa 2. ${stageName('es', 2)}`],
      ['Sube'],
      [level('es', 1)],
      [level('es', 4)],
    ]);
    expect(moved.rows.map((row) => row[1]![0]!.text)).toEqual(ids.map((id) => content.texts.es.questions[id]!.statement));
    expect(moved.rows.at(-1)![0]![0]!.text).toBe(`3.${structure.stages[2]!.questions.length}`);
    const detailNumbers = buildReport(buildInput('es', { content })).sections.find((s) => s.id === 'detail')!.blocks.flatMap((b) =>
      b.kind === 'table' ? b.rows.map((row) => row[0]![0]!.text) : [],
    );
    expect(detailNumbers).toContain('2.1');

    const en = blocks(build('en', 3, 1), 'table')[1]!;
    expect(en.rows[0]!.map(texts)[2]).toEqual(['Down']);
    // To or from "don't know" or no answer is a change, not a move up or down.
    const earlier = { ...levelAnswers(structure, 3), [ids[0]!]: DONT_KNOW };
    const changed = buildReport(buildProgressInput('en', { content, earlier, current: levelAnswers(structure, 3) }));
    expect(blocks(changed, 'table')[1]!.rows.map((row) => row.map(texts))).toEqual([
      [['2.1'], [content.texts.en.questions[ids[0]!]!.statement, `Stage 2. ${stageName('en', 2)}`], ['Changed'], [content.texts.en.scale.dontKnow], [level('en', 4)]],
    ]);
  });

  it('writes the earlier file’s name exactly as it came, never interpreted', () => {
    for (const fileName of [`${XSS_NOTE}.json`, `${FORMULA_NOTE}.json`]) {
      const model = build('es', 1, 3, fileName);
      expect(blocks(model, 'paragraph')[0]!.text).toBe(
        `Comparación con «${fileName}», evaluación del 20 de mayo de 2024. El archivo solo se ha leído para este informe.`,
      );
    }
    expect(blocks(build('en', 1, 3, '{{date}}.json'), 'paragraph')[0]!.text).toMatch(/^Compared with “\{\{date\}\}\.json”, the assessment of May 20, 2024\./);
  });

  it('describes a milestone saved in this browser as a milestone, never as a file', () => {
    const input = buildProgressInput('en', { content, earlier: levelAnswers(content.structure, 1, 0), current: levelAnswers(content.structure, 3, 1), fileName: 'Before the workshop', source: 'milestone' });
    const section = buildReport(input).sections.find((s) => s.id === 'progress')!;
    const texts = section.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts.some((text) => text.startsWith('Compared with the milestone “Before the workshop”, saved on'))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/file/);
  });
});

