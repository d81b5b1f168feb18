// Regression: report sentences were assembled by concatenation ("Now · 3 actions", "Report: Org", two sentences joined
// by code) where a language cannot reorder them. Every report string that uses report.json comes whole from one template.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report';
import type { ReportModel } from '../../src/report/report-model';
import type { ReportTranslate } from '../../src/report/report-text';
import { buildInput, buildProgressInput, levelAnswers, loadRealContent } from './report-fixture';

const content = loadRealContent();
const OPEN = '⟦';
const CLOSE = '⟧';

/** The fixture's translator, with every sentence it fills marked. */
function marked(t: ReportTranslate): ReportTranslate {
  return (key, values) => `${OPEN}${t(key, values)}${CLOSE}`;
}

/** True when the text holds no marked template, or is one marked template whole (others may sit inside it as values). */
function wholeOrNone(text: string): boolean {
  if (!text.includes(OPEN)) return true;
  if (!text.startsWith(OPEN)) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === OPEN) depth++;
    else if (text[i] === CLOSE && --depth === 0) return i === text.length - 1;
  }
  return false;
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach((v) => strings(v, out));
  return out;
}

describe('report sentences', () => {
  it.each(['es', 'en'] as const)('come whole from one report.json template, never joined by code (%s)', (lang) => {
    const inputs = [
      buildInput(lang, { content }),
      buildProgressInput(lang, { content, earlier: levelAnswers(content.structure, 1, 0), current: buildInput(lang, { content }).answers }),
    ];
    for (const input of inputs) {
      const { fileName: _fileName, ...model }: ReportModel = buildReport({ ...input, t: marked(input.t) });
      const joined = strings(model).filter((text) => !wholeOrNone(text));
      expect(joined).toEqual([]);
    }
  });
});
