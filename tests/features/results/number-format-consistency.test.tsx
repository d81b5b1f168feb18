// Bug guarded: the results page rounded (82 %) while the PDF showed one decimal (82,1 %), and English wrote "57 %".
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/build-report';
import type { ReportModel } from '../../../src/report/report-model';
import { model } from '../../../src/model/structure';
import { buildCompleteAnswers, buildInput, loadRealContent } from '../../report/report-fixture';
import { renderApp, resetStore } from '../render-app';

const content = loadRealContent();
const DECIMAL_PERCENT = /\d[.,]\d+\s?%/;

function reportStrings(report: ReportModel): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => (typeof v === 'string' ? out.push(v) : v && typeof v === 'object' && !(v instanceof Date) ? Object.values(v).forEach(walk) : undefined);
  walk(report);
  return out;
}

describe.each(['es', 'en'] as const)('results page and PDF write the same numbers (%s)', (lang) => {
  it('shows each stage’s score, coverage and the index exactly as the PDF does', async () => {
    const { answers, notes } = buildCompleteAnswers(model);
    resetStore({ answers, notes });
    await renderApp('/results', lang);
    const table = await screen.findByRole('table', { name: lang === 'es' ? 'Puntuación, estado y cobertura de cada etapa' : 'Score, status and coverage of each stage' });
    const report = buildReport(buildInput(lang, { content }));
    const strings = reportStrings(report);
    const detail = report.sections.find((s) => s.id === 'detail')!;
    const stageFacts = detail.blocks.filter((b) => b.kind === 'paragraph' && b.role === 'meta').map((b) => (b as { text: string }).text);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(model.stages.length);
    rows.forEach((row, i) => {
      const [score, , coverage] = within(row).getAllByRole('cell').map((cell) => cell.textContent ?? '');
      // The PDF's line for the stage states the very same texts.
      const facts = stageFacts.find((text) => text.includes(score!) && text.includes(coverage!));
      expect(facts, `stage ${i + 1}: ${score} / ${coverage} not in the PDF's stage facts`).toBeDefined();
    });
    // The index: "54 %" on screen, "54 de 100" / "54 of 100" in the PDF's summary.
    const index = document.querySelector('.index__value')!.textContent!;
    const whole = index.replace(/\s?%$/, '');
    expect(strings.some((text) => text.startsWith(`${whole} ${lang === 'es' ? 'de' : 'of'} 100`))).toBe(true);
    // And neither shows a decimal percentage anywhere.
    expect(document.body.textContent).not.toMatch(DECIMAL_PERCENT);
    expect(strings.filter((text) => DECIMAL_PERCENT.test(text))).toEqual([]);
    expect(index).toMatch(lang === 'es' ? /^\d+\u00a0%$/ : /^\d+%$/);
  });
});
