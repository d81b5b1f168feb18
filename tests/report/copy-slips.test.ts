import { describe, expect, it } from 'vitest';
import { buildFileName } from '../../src/browser/file-name';
import { assess } from '../../src/engine/assess';
import { buildReport } from '../../src/report/build-report';
import type { ReportModel } from '../../src/report/report-model';
import { buildInput, levelAnswers, loadRealContent } from './report-fixture';

const content = loadRealContent();
const allText = (model: ReportModel) =>
  model.sections.flatMap((section) => section.blocks.flatMap((block) => ('text' in block ? [block.text] : []))).join('\n');

describe('report copy at placement 1', () => {
  const answers = levelAnswers(content.structure, 1, 1);
  const report = (lang: 'es' | 'en') =>
    buildReport({ ...buildInput(lang, { content }), answers, notes: {}, result: assess(content.structure, answers) });

  it.each([
    ['es', 'La etapa 1 está alcanzada y la etapa 2 no lo está.', /1 a 1|de la 1 a la 1/],
    ['en', 'Stage 1 is achieved and stage 2 is not.', /1 to 1/],
  ] as const)('never writes "Stages 1 to 1 are achieved" (%s)', (lang, sentence, slip) => {
    const text = allText(report(lang));
    expect(text).toContain(sentence);
    expect(text).not.toMatch(slip);
  });
});

describe('file names', () => {
  const date = new Date(2025, 10, 22);
  it.each([
    ['peldano-taller', 'Taller Bodegas Añora', 'peldano-taller-bodegas-anora-2025-11-22.pdf'],
    ['peldano-workshop', 'Workshop: North office', 'peldano-workshop-north-office-2025-11-22.pdf'],
    ['peldano-taller', 'Taller', 'peldano-taller-2025-11-22.pdf'],
    ['peldano-informe', 'Bodegas del Taller', 'peldano-informe-bodegas-del-taller-2025-11-22.pdf'],
  ])('does not double the word when the name starts with it (%s + %j)', (prefix, name, expected) => {
    expect(buildFileName(prefix, name, date, 'pdf')).toBe(expected);
  });
});

// Regression: sector and size were asked "to personalise the report" but appeared nowhere.
describe('the cover shows the profile', () => {
  it.each([
    ['es', [{ label: 'Sector', value: 'Comercio' }, { label: 'Tamaño', value: 'De 50 a 249 personas' }]],
    ['en', [{ label: 'Sector', value: 'Retail' }, { label: 'Size', value: '50 to 249 people' }]],
  ] as const)('lists sector and size in the report’s language (%s)', (lang, facts) => {
    const model = buildReport(buildInput(lang, { content, profile: { sector: 'retail', size: '50-249' } }));
    expect(model.cover.facts).toEqual(expect.arrayContaining([...facts]));
  });

  it('omits them when the profile leaves them empty', () => {
    const model = buildReport(buildInput('en', { content, profile: { sector: '', size: '' } }));
    expect(model.cover.facts.map((fact) => fact.label)).not.toEqual(expect.arrayContaining(['Sector']));
    expect(model.cover.facts.map((fact) => fact.label)).not.toContain('Size');
  });
});
