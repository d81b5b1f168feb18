import { describe, expect, it } from 'vitest';
import { emptyPlan, planActionKey } from '../../src/engine/action-plan';
import { spreadsheetPlanFrom } from '../../src/engine/build-spreadsheet';

describe('spreadsheetPlanFrom', () => {
  it('carries every action with what the team filled in, blanks left out, and the target', () => {
    const plan = emptyPlan();
    plan.targetRung = 4;
    plan.targetDate = '2027-03-31';
    plan.actions[planActionKey('q-one', 'improve')] = {
      questionId: 'q-one', kind: 'improve', owner: 'Ana', due: '2027-01-15', status: 'in-progress', effort: 'medium', note: 'Con ventas', addedAt: '2026-11-30T10:00:00.000Z',
    } as never;
    plan.actions[planActionKey('q-two', 'find-out')] = {
      questionId: 'q-two', kind: 'find-out', owner: '', due: '', status: 'todo', effort: '', note: '', addedAt: '2026-11-30T10:00:00.000Z',
    } as never;
    expect(spreadsheetPlanFrom(plan)).toEqual({
      actions: [
        { questionId: 'q-one', owner: 'Ana', due: '2027-01-15', status: 'in-progress', effort: 'medium', note: 'Con ventas' },
        { questionId: 'q-two', owner: undefined, due: undefined, status: 'todo', effort: undefined, note: undefined },
      ],
      target: { rung: 4, date: '2027-03-31' },
    });
  });
});
