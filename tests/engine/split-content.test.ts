import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/engine/content-schema';
import { extractLevelDescriptors, extractStructure, extractTexts } from '../../src/engine/split-content';
import { RULES } from './fixture';

const t = (en: string, es: string) => ({ en, es });

const question = (id: string, capability: string, weight: number) => ({
  id,
  capability,
  weight,
  statement: t(`${id} statement`, `${id} enunciado`),
  levels: {
    0: t(`${id} level 0`, `${id} nivel 0`),
    1: t(`${id} level 1`, `${id} nivel 1`),
    2: t(`${id} level 2`, `${id} nivel 2`),
    3: t(`${id} level 3`, `${id} nivel 3`),
    4: t(`${id} level 4`, `${id} nivel 4`),
  },
  action: t(`${id} action`, `${id} acción`),
  outcome: t(`${id} outcome`, `${id} resultado`),
  kpi: t(`${id} kpi`, `${id} indicador`),
});

const CONTENT: Content = {
  model: {
    id: 'tiny-model',
    version: '2.1.0',
    languages: ['es', 'en'],
    name: t('Tiny model', 'Modelo mínimo'),
    stages: ['listen', 'speak'],
    scale: {
      levels: [0, 1, 2, 3, 4].map((value) => ({ value, label: t(`level ${value}`, `nivel ${value}`) })),
      dontKnow: { label: t("Don't know", 'No lo sé') },
      notApplicable: { label: t("Doesn't apply", 'No aplica') },
    },
    scoring: RULES,
  },
  stages: [
    {
      id: 'listen',
      name: t('Listen', 'Escuchar'),
      summary: t('Listen summary', 'Resumen escuchar'),
      about: t('Listen about', 'Sobre escuchar'),
      changes: t('Listen changes', 'Cambios escuchar'),
      pitfalls: [t('Pitfall 1', 'Trampa 1'), t('Pitfall 2', 'Trampa 2')],
      capabilities: [
        { id: 'monitoring', name: t('Monitoring', 'Seguimiento') },
        { id: 'reporting', name: t('Reporting', 'Informes') },
      ],
      questions: [
        { ...question('listen-mentions', 'monitoring', 3), essential: true },
        { ...question('listen-report', 'reporting', 1), conditional: { condition: t('Only if it reports', 'Solo si informa') } },
      ],
    },
    {
      id: 'speak',
      name: t('Speak', 'Hablar'),
      summary: t('Speak summary', 'Resumen hablar'),
      about: t('Speak about', 'Sobre hablar'),
      changes: t('Speak changes', 'Cambios hablar'),
      pitfalls: [t('Pitfall 3', 'Trampa 3')],
      capabilities: [{ id: 'voice', name: t('Voice', 'Voz') }],
      questions: [question('speak-purpose', 'voice', 2)],
    },
  ],
  methodology: {
    methodology: {
      title: t('How it works', 'Cómo funciona'),
      intro: t('Intro', 'Introducción'),
      sections: [{ id: 'scale', heading: t('Scale', 'Escala'), body: t('Scale body', 'Cuerpo escala') }],
    },
    glossary: [{ id: 'stage', term: t('Stage', 'Etapa'), definition: t('A rung', 'Un peldaño') }],
  },
};

describe('extractStructure', () => {
  it('keeps ids, orders stages 1.. in ladder order and numbers questions across stages', () => {
    expect(extractStructure(CONTENT)).toEqual({
      id: 'tiny-model',
      version: '2.1.0',
      languages: ['es', 'en'],
      scoring: RULES,
      stages: [
        {
          id: 'listen',
          order: 1,
          capabilities: ['monitoring', 'reporting'],
          questions: [
            { id: 'listen-mentions', stageId: 'listen', capability: 'monitoring', weight: 3, essential: true, conditional: false, index: 0 },
            { id: 'listen-report', stageId: 'listen', capability: 'reporting', weight: 1, essential: false, conditional: true, index: 1 },
          ],
        },
        {
          id: 'speak',
          order: 2,
          capabilities: ['voice'],
          questions: [{ id: 'speak-purpose', stageId: 'speak', capability: 'voice', weight: 2, essential: false, conditional: false, index: 2 }],
        },
      ],
    });
  });

  it('carries no text', () => {
    expect(JSON.stringify(extractStructure(CONTENT))).not.toMatch(/Listen|Escuchar|statement|enunciado/);
  });
});

describe('extractTexts', () => {
  it('extracts every text of one language, keyed by id', () => {
    expect(extractTexts(CONTENT, 'en')).toEqual({
      lang: 'en',
      modelName: 'Tiny model',
      scale: { levels: ['level 0', 'level 1', 'level 2', 'level 3', 'level 4'], dontKnow: "Don't know", notApplicable: "Doesn't apply" },
      stages: {
        listen: {
          name: 'Listen',
          summary: 'Listen summary',
          about: 'Listen about',
          changes: 'Listen changes',
          pitfalls: ['Pitfall 1', 'Pitfall 2'],
          capabilities: { monitoring: 'Monitoring', reporting: 'Reporting' },
        },
        speak: {
          name: 'Speak',
          summary: 'Speak summary',
          about: 'Speak about',
          changes: 'Speak changes',
          pitfalls: ['Pitfall 3'],
          capabilities: { voice: 'Voice' },
        },
      },
      questions: {
        'listen-mentions': {
          statement: 'listen-mentions statement',
          action: 'listen-mentions action',
          outcome: 'listen-mentions outcome',
          kpi: 'listen-mentions kpi',
        },
        'listen-report': {
          statement: 'listen-report statement',
          action: 'listen-report action',
          outcome: 'listen-report outcome',
          kpi: 'listen-report kpi',
          condition: 'Only if it reports',
        },
        'speak-purpose': {
          statement: 'speak-purpose statement',
          action: 'speak-purpose action',
          outcome: 'speak-purpose outcome',
          kpi: 'speak-purpose kpi',
        },
      },
      methodology: { title: 'How it works', intro: 'Intro', sections: [{ id: 'scale', heading: 'Scale', body: 'Scale body' }] },
      glossary: [{ id: 'stage', term: 'Stage', definition: 'A rung' }],
    });
  });

  it('holds no text of another language', () => {
    const es = extractTexts(CONTENT, 'es');
    expect(es.modelName).toBe('Modelo mínimo');
    expect(es.stages.listen!.capabilities.reporting).toBe('Informes');
    expect(es.questions['speak-purpose']!.action).toBe('speak-purpose acción');
    expect(es.scale.dontKnow).toBe('No lo sé');
    expect(es.glossary).toEqual([{ id: 'stage', term: 'Etapa', definition: 'Un peldaño' }]);
    expect(JSON.stringify(es)).not.toMatch(/Listen summary|mentions statement|Tiny model|Pitfall/);
  });

  it('gives empty texts for a language the content does not have', () => {
    const fr = extractTexts(CONTENT, 'fr');
    expect(fr.modelName).toBe('');
    expect(fr.questions['listen-report']!.statement).toBe('');
  });
});

describe('extractLevelDescriptors', () => {
  it("gives one stage's descriptors, levels 0 to 4 in order, in one language", () => {
    expect(extractLevelDescriptors(CONTENT, 'es', 'listen')).toEqual({
      'listen-mentions': [0, 1, 2, 3, 4].map((n) => `listen-mentions nivel ${n}`),
      'listen-report': [0, 1, 2, 3, 4].map((n) => `listen-report nivel ${n}`),
    });
  });

  it("gives every stage's without a stage id", () => {
    expect(Object.keys(extractLevelDescriptors(CONTENT, 'en'))).toEqual(['listen-mentions', 'listen-report', 'speak-purpose']);
  });

  it('keeps the descriptors out of the other texts, so screens that do not show them do not load them', () => {
    expect(JSON.stringify(extractTexts(CONTENT, 'en'))).not.toMatch(/(mentions|report|purpose) level \d/);
  });
});
