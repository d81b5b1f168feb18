import { describe, expect, it } from 'vitest';
import { addToPlan, emptyPlan, listRoadmapActions, planActionKey, type ActionPlan } from '../../src/engine/action-plan';
import { buildReport } from '../../src/report/build-report';
import type { ReportBlock, ReportCell } from '../../src/report/report-model';
import { buildInput, loadRealContent, REPORT_STRINGS } from './report-fixture';

const content = loadRealContent();
const tables = (lang: 'es' | 'en', plan?: ActionPlan) =>
  buildReport({ ...buildInput(lang, { content }), plan })
    .sections.find((s) => s.id === 'roadmap')!
    .blocks.filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');
const text = (cell: ReportCell) => cell.map((part) => part.text).join(' ');

describe('the roadmap in the PDF with an action plan', () => {
  const input = buildInput('es', { content });
  const listed = listRoadmapActions(input.result.roadmap);
  const [first, second] = listed;
  let plan = addToPlan(addToPlan({ ...emptyPlan(), targetRung: input.result.placement + 1, targetDate: '2026-06-30' }, first!.item.questionId, first!.kind, 'x'), second!.item.questionId, second!.kind, 'x');
  const key = planActionKey(first!.item.questionId, first!.kind);
  plan = { ...plan, actions: { ...plan.actions, [key]: { ...plan.actions[key]!, owner: 'Ana Núñez', due: '2025-11-01', status: 'in-progress' } } };

  it('fills Owner, Date and Status from the plan, marks overdue dates, and leaves actions not in the plan blank', () => {
    const rows = tables('es', plan).flatMap((table) => table.rows);
    expect(tables('es', plan)[0]!.columns.map((c) => c.header)).toEqual(expect.arrayContaining(['Responsable', 'Fecha', REPORT_STRINGS.es.roadmap.columns.status]));
    const [ownerCol, dateCol, statusCol] = [4, 5, 6];
    expect(text(rows[0]![ownerCol]!)).toBe('Ana Núñez');
    // Due 1 November 2025, the report is made on 22 November 2025.
    expect(text(rows[0]![dateCol]!)).toBe(`1 de noviembre de 2025 ${REPORT_STRINGS.es.roadmap.overdue}`);
    expect(text(rows[0]![statusCol]!)).toBe(REPORT_STRINGS.es.roadmap.status['in-progress']);
    expect(text(rows[1]![statusCol]!)).toBe(REPORT_STRINGS.es.roadmap.status.todo);
    expect(text(rows[1]![ownerCol]!)).toBe('');
    if (rows.length > 2) expect(rows[2]!.slice(ownerCol).map(text)).toEqual(['', '', '']);
  });

  it('states the plan’s target', () => {
    const section = buildReport({ ...buildInput('en', { content }), plan }).sections.find((s) => s.id === 'roadmap')!;
    const paragraphs = section.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text);
    expect(paragraphs.some((p) => p.startsWith('Plan target: stage') && p.includes('June 30, 2026'))).toBe(true);
  });

  it('keeps the blank Owner and Date columns without a plan, as before', () => {
    const [table] = tables('en');
    expect(table!.columns).toHaveLength(6);
    expect(table!.rows[0]!.slice(4).map(text)).toEqual(['', '']);
  });
});
