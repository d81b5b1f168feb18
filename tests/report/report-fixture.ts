/// <reference types="node" />
// Reads the real content/ with Node APIs: a fixture for report tests, not a test itself.
import { resolve } from 'node:path';
import { readContent } from '../../scripts/read-content';
import { type AnswerValue, type Answers, DONT_KNOW } from '../../src/engine/answers';
import { assess } from '../../src/engine/assess';
import type { ContentTexts, LevelDescriptors, ModelStructure } from '../../src/engine/model-types';
import { extractLevelDescriptors, extractStructure, extractTexts } from '../../src/engine/split-content';
import type { Agreement } from '../../src/engine/summarize-workshop';
import type { BuildReportInput } from '../../src/report/build-report';
import { reportSubject } from '../../src/report/report-subject';
import type { ReportStrings } from '../../src/report/report-model';
import enStrings from '../../src/i18n/locales/en/report.json';
import esStrings from '../../src/i18n/locales/es/report.json';
import enProfile from '../../src/i18n/locales/en/profile.json';
import esProfile from '../../src/i18n/locales/es/profile.json';
import { EMPTY_PROFILE, type Profile } from '../../src/engine/profile';
import { createReportTranslator } from '../../src/i18n/report-translator';

export const REPORT_STRINGS: Record<'es' | 'en', ReportStrings> = { es: esStrings, en: enStrings };
export const PROFILE_NAMES = { es: esProfile, en: enProfile };

export const XSS_NOTE = '<img src=x onerror=alert(1)>';
export const FORMULA_NOTE = '=HYPERLINK("http://evil.example","clic")';
export const TYPOGRAPHY = 'á é í ó ú ü ñ Ñ ¿ ¡ « » “ ” ’ – —';
export const ORGANIZATION = '«Ñandú & Cía.»';
/** Characters the embedded font lacks: drawn as U+FFFD rather than as invisible glyphs. */
export const OUTSIDE_FONT_NOTE = 'Emoji 🎉 y kanji 漢 fuera de la fuente';
/** A note at the 10,000-character limit, full of typography: it must break across pages between lines. */
export const LONG_NOTE = Array.from({ length: 100 }, (_, i) => `Línea ${i + 1}: «${TYPOGRAPHY}» — “ok” ’ ¿sí? ¡no! ${'x'.repeat(40)}`)
  .join(' ')
  .slice(0, 10_000);

/** The real model from content/, read once per test file. */
export function loadRealContent(): {
  structure: ModelStructure;
  texts: Record<'es' | 'en', ContentTexts>;
  levels: Record<'es' | 'en', LevelDescriptors>;
} {
  const result = readContent(resolve(__dirname, '../../content'));
  if (!result.ok) throw new Error(`content/ is invalid: ${result.errors.map((e) => e.message).join('; ')}`);
  return {
    structure: extractStructure(result.content),
    texts: { es: extractTexts(result.content, 'es'), en: extractTexts(result.content, 'en') },
    levels: { es: extractLevelDescriptors(result.content, 'es'), en: extractLevelDescriptors(result.content, 'en') },
  };
}

/**
 * A complete assessment: stages 1-3 strong, 4 half-way, 5 weak, 6 not rated, 7 strong (ahead of its
 * foundations), 8-10 mixed, with "don't know" answers, a 10,000-character note and hostile strings.
 */
export function buildCompleteAnswers(structure: ModelStructure): { answers: Record<string, AnswerValue>; notes: Record<string, string> } {
  const perStage: Record<number, AnswerValue[]> = {
    1: [4, 4, 3, 4, 3, 4, 4],
    2: [4, 3, 3, 4, 4, 3, 3],
    3: [3, 4, 3, 3, 4, 3, 4],
    4: [2, 3, 1, DONT_KNOW, 2, 3, 2],
    5: [1, 2, 0, 1, DONT_KNOW, 2, 1],
    6: [DONT_KNOW, DONT_KNOW, DONT_KNOW, 2, DONT_KNOW, 1, DONT_KNOW],
    7: [4, 4, 3, 4, 4, 3, 4],
    8: [2, 1, 2, 0, 1, 2, 1],
    9: [0, 1, 0, 0, 1, 0, 0],
    10: [0, 0, 1, 0, 0, 0, 0],
  };
  const answers: Record<string, AnswerValue> = {};
  const notes: Record<string, string> = {};
  for (const stage of structure.stages) {
    stage.questions.forEach((question, i) => {
      answers[question.id] = perStage[stage.order]?.[i % 7] ?? 2;
    });
  }
  const ids = structure.stages.flatMap((stage) => stage.questions.map((question) => question.id));
  notes[ids[0]!] = `Nota con comillas “así” y «así», apóstrofo ’ y rayas – —. ${TYPOGRAPHY}`;
  notes[ids[3]!] = XSS_NOTE;
  notes[ids[4]!] = FORMULA_NOTE;
  notes[ids[8]!] = LONG_NOTE;
  notes[ids[20]!] = 'Primera línea\nSegunda línea\n\nTras una línea en blanco';
  notes[ids[21]!] = 'https://example.com/' + 'a'.repeat(300);
  notes[ids[30]!] = OUTSIDE_FONT_NOTE;
  return { answers, notes };
}

export function buildInput(
  lang: 'es' | 'en',
  options: { profile?: Partial<Profile>; content?: ReturnType<typeof loadRealContent> } = {},
): BuildReportInput {
  const content = options.content ?? loadRealContent();
  const { answers, notes } = buildCompleteAnswers(content.structure);
  return {
    result: assess(content.structure, answers),
    structure: content.structure,
    texts: content.texts[lang],
    levelDescriptors: content.levels[lang],
    t: createReportTranslator(lang, REPORT_STRINGS[lang]),
    profileNames: PROFILE_NAMES[lang],
    profile: { ...EMPTY_PROFILE, organization: ORGANIZATION, role: 'Directora de Comunicación — “Marketing”', ...options.profile },
    answers,
    notes,
    generatedAt: new Date(2025, 10, 22, 10, 30),
    lang,
  };
}

/** Every question of the model at one answer, stages up to `upTo` at 4 and the rest at `rest`. */
export function levelAnswers(structure: ModelStructure, upTo: number, rest: AnswerValue = 1): Record<string, AnswerValue> {
  return Object.fromEntries(structure.stages.flatMap((s) => s.questions.map((q) => [q.id, s.order <= upTo ? 4 : rest] as const)));
}

/**
 * A workshop's report input, built by the same reportSubject createReport uses: the group's agreed answers and
 * result, the reasons as notes, and no profile. Participants get names, so tests can check they stay out.
 */
export function buildWorkshopInput(
  lang: 'es' | 'en',
  options: {
    content?: ReturnType<typeof loadRealContent>;
    title?: string;
    people: Record<string, AnswerValue>[];
    agreements?: Record<string, Agreement>;
  },
): BuildReportInput {
  const content = options.content ?? loadRealContent();
  const participants = options.people.map((answers, i) => ({ id: `p${i}`, name: PARTICIPANT_NAMES[i % PARTICIPANT_NAMES.length]!, answers }));
  const workshop = { title: options.title ?? '', participants, agreements: options.agreements ?? {} };
  return { ...buildInput(lang, { content }), ...reportSubject({ lang, workshop }, content.structure) };
}

/** Names no report may print. */
export const PARTICIPANT_NAMES = ['Zacarías Ñúñez', 'Wilhelmina Quist', 'Xóchitl Yáñez', 'Bartholomew Vance', 'Ximena Ortúzar'];

/** The report of `current` with the progress since `earlier`. */
export function buildProgressInput(
  lang: 'es' | 'en',
  options: { content?: ReturnType<typeof loadRealContent>; earlier: Answers; current: Answers; fileName?: string },
): BuildReportInput {
  const content = options.content ?? loadRealContent();
  const base = buildInput(lang, { content });
  const earlier = { answers: options.earlier, date: new Date(2024, 4, 20, 12), fileName: options.fileName ?? 'marzo-2024.json' };
  return { ...base, ...reportSubject({ lang, answers: options.current, notes: {}, profile: base.profile, earlier }, content.structure) };
}
