import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report';
import type { ReportBlock } from '../../src/report/report-model';
import { buildInput, loadRealContent, REPORT_STRINGS } from './report-fixture';

const content = loadRealContent();
const LANGS = ['es', 'en'] as const;

const methodology = (lang: (typeof LANGS)[number]) => buildReport(buildInput(lang, { content })).sections.find((s) => s.id === 'methodology')!;
const blockTexts = (block: ReportBlock): string[] => {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'bullets':
      return block.items;
    case 'facts':
      return block.items.flatMap((item) => [item.label, item.value]);
    case 'table':
      return [...block.columns.map((c) => c.header), ...block.rows.flat(2).map((p) => p.text)];
    default:
      return [];
  }
};

describe('PDF methodology section', () => {
  it.each(LANGS)('leaves no placeholder unfilled (%s)', (lang) => {
    const texts = methodology(lang).blocks.flatMap(blockTexts);
    expect(texts.filter((text) => /[{}]/.test(text))).toEqual([]);
  });

  it.each(LANGS)('explains every methodology section of the content, the sources included (%s)', (lang) => {
    const headings = methodology(lang).blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual(expect.arrayContaining(content.texts[lang].methodology.sections.map((s) => s.heading)));
    const paragraphs = methodology(lang).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(paragraphs.some((p) => p.includes('Brian Solis') && p.includes('The 10 Stages of Social Media Business Integration'))).toBe(true);
  });

  it.each(LANGS)('ends with the glossary: every term, alphabetically, with its definition (%s)', (lang) => {
    const blocks = methodology(lang).blocks;
    const table = blocks.at(-1)!;
    expect(blocks.at(-2)).toMatchObject({ kind: 'heading' });
    if (table.kind !== 'table') throw new Error('the glossary is not a table');
    const glossary = content.texts[lang].glossary;
    const terms = table.rows.map((row) => row[0]![0]!.text);
    expect(terms).toEqual(glossary.map((g) => g.term).sort(new Intl.Collator(lang).compare));
    expect(table.rows.every((row) => row[1]![0]!.text.length > 0)).toBe(true);
  });

  it.each(LANGS)('lists the essential floor among the rules and "doesn’t apply" in the scale (%s)', (lang) => {
    const blocks = methodology(lang).blocks;
    const facts = blocks.find((b) => b.kind === 'facts');
    expect(facts && facts.kind === 'facts' && facts.items).toContainEqual({
      label: REPORT_STRINGS[lang].methodology.rules.essentialFloor,
      value: String(content.structure.scoring.essentialFloor),
    });
    const bullets = blocks.find((b) => b.kind === 'bullets');
    expect(bullets && bullets.kind === 'bullets' && bullets.items.some((i) => i.includes(content.texts[lang].scale.notApplicable))).toBe(true);
  });
});
