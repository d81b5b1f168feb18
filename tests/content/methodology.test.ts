/// <reference types="node" />
// The methodology and glossary as shipped (content/methodology.yaml) and the UI locales: every number the
// method states is filled from the model, never typed, and the method explains the 1.1 rules and credits its sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillRulePlaceholders } from '../../src/engine/fill-rule-placeholders';
import { findUnknownPlaceholders } from '../../src/engine/rule-placeholders';
import { formatPercent } from '../../src/engine/number-format';
import { DISAGREEMENT_SPREAD } from '../../src/engine/summarize-workshop';
import { loadRealContent } from '../report/report-fixture';

const content = loadRealContent();
const { scoring } = content.structure;
const LANGS = ['es', 'en'] as const;

/** Every methodology and glossary text of one language, with where it comes from. */
function methodologyTexts(lang: (typeof LANGS)[number]): { where: string; text: string }[] {
  const { methodology, glossary } = content.texts[lang];
  return [
    { where: 'title', text: methodology.title },
    { where: 'intro', text: methodology.intro },
    ...methodology.sections.flatMap((s) => [
      { where: `${s.id}.heading`, text: s.heading },
      { where: `${s.id}.body`, text: s.body },
    ]),
    ...glossary.flatMap((g) => [
      { where: `${g.id}.term`, text: g.term },
      { where: `${g.id}.definition`, text: g.definition },
    ]),
  ];
}

const section = (lang: (typeof LANGS)[number], id: string) => {
  const found = content.texts[lang].methodology.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no methodology section '${id}'`);
  return fillRulePlaceholders(found.body, scoring, lang);
};

describe('methodology placeholders', () => {
  it.each(LANGS)('uses only placeholders the app fills, and none is left once filled (%s)', (lang) => {
    const texts = methodologyTexts(lang);
    expect(texts.flatMap(({ where, text }) => findUnknownPlaceholders(text).map((k) => `${where}: {${k}}`))).toEqual([]);
    const leftover = texts.filter(({ text }) => /[{}]/.test(fillRulePlaceholders(text, scoring, lang)));
    expect(leftover.map(({ where }) => where)).toEqual([]);
  });

  it.each(LANGS)('states the essential rule with the model’s floor and threshold (%s)', (lang) => {
    const text = section(lang, 'essential-practices');
    expect(text).toContain(formatPercent(scoring.achievedScore, lang));
    expect(text).toMatch(new RegExp(`\\b${scoring.essentialFloor}\\b`));
  });

  it.each(LANGS)('states the workshop’s disagreement spread from the engine (%s)', (lang) => {
    expect(section(lang, 'workshop')).toMatch(new RegExp(`\\b${DISAGREEMENT_SPREAD}\\b`));
  });
});

describe('methodology sections and glossary', () => {
  const SECTIONS = ['essential-practices', 'not-applicable', 'provisional-placement', 'workshop', 'human-media', 'sources'];
  const GLOSSARY = [
    'overall-index',
    'weight',
    'essential-practice',
    'gap',
    'horizon',
    'capability',
    'kpi',
    'median',
    'connector',
    'doesnt-apply',
    'provisional',
  ];

  it.each(LANGS)('explains essential practices, "doesn’t apply", provisional placement, the workshop and the sources (%s)', (lang) => {
    const ids = content.texts[lang].methodology.sections.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(SECTIONS));
  });

  it.each(LANGS)('defines the terms the method uses (%s)', (lang) => {
    const ids = content.texts[lang].glossary.map((g) => g.id);
    expect(ids).toEqual(expect.arrayContaining(GLOSSARY));
  });

  it.each(LANGS)('credits Brian Solis for the ten stages and Isra García for the Human Media loop, with the titles (%s)', (lang) => {
    const text = section(lang, 'sources');
    expect(text).toContain('Brian Solis');
    expect(text).toContain('The 10 Stages of Social Media Business Integration');
    expect(text).toContain('Isra García');
    expect(text).toContain('Strategic Human Media Integration Model');
  });

  it.each(LANGS)('walks the Human Media loop in its order, visibility before connectivity before interaction before feedback (%s)', (lang) => {
    const words = lang === 'es' ? ['visibilidad', 'conectividad', 'interacción', 'retroalimentación'] : ['visibility', 'connectivity', 'interaction', 'feedback'];
    const text = section(lang, 'human-media').toLowerCase();
    const positions = words.map((w) => text.indexOf(w));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('no threshold typed in words', () => {
  // Regression: "two thirds" was typed into the results hint and drifted from model.yaml's ratedCoverage.
  const TYPED = /two thirds|two-thirds|dos tercios|two levels apart|dos niveles o más|\b75 ?%|\b67 ?%/i;
  const localeRoot = resolve(__dirname, '../../src/i18n/locales');

  it('appears in no UI string', () => {
    const hits = readdirSync(localeRoot).flatMap((lang) =>
      readdirSync(join(localeRoot, lang))
        .filter((file) => file.endsWith('.json'))
        .flatMap((file) => {
          const text = readFileSync(join(localeRoot, lang, file), 'utf8');
          return text.split('\n').filter((line) => TYPED.test(line.replace(/\u00a0/g, ' '))).map((line) => `${lang}/${file}: ${line.trim()}`);
        }),
    );
    expect(hits).toEqual([]);
  });

  it.each(LANGS)('appears in no methodology text (%s)', (lang) => {
    expect(methodologyTexts(lang).filter(({ text }) => TYPED.test(text.replace(/\u00a0/g, ' '))).map(({ where }) => where)).toEqual([]);
  });

  it('leaves no single-brace placeholder in the UI strings (i18next fills {{name}} only)', () => {
    const hits = readdirSync(localeRoot).flatMap((lang) =>
      readdirSync(join(localeRoot, lang))
        .filter((file) => file.endsWith('.json'))
        .flatMap((file) => {
          const text = readFileSync(join(localeRoot, lang, file), 'utf8').replace(/\{\{\s*[\w.,\s]+\}\}/g, '');
          return [...text.matchAll(/[^\n]*:\s*"[^"\n]*[{}][^"\n]*"/g)].map((m) => `${lang}/${file}: ${m[0].trim()}`);
        }),
    );
    expect(hits).toEqual([]);
  });
});
