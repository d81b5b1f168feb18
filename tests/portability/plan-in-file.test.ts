import { describe, expect, it } from 'vitest';
import { addToPlan, emptyPlan, type ActionPlan } from '../../src/engine/action-plan';
import type { Milestone } from '../../src/engine/milestones';
import type { AssessmentWork } from '../../src/engine/assessment-work';
import { buildAssessmentFile, serializeAssessmentFile } from '../../src/portability/assessment-file';
import { buildAssessmentFileJsonSchema } from '../../src/portability/assessment-file-schema';
import { ASSESSMENT_FILE_VERSION } from '../../src/portability/file-format';
import { readAssessmentFile } from '../../src/portability/read-assessment-file';
import { EMPTY_PROFILE } from '../../src/engine/profile';
import { MODEL } from '../engine/fixture';
import { EXPORTED_AT, toBytes, validFile } from './file-fixture';

const plan: ActionPlan = (() => {
  const p = addToPlan(addToPlan({ ...emptyPlan(), targetRung: 3, targetDate: '2026-12-31' }, 's2-a', 'improve', '2026-01-05T10:00:00.000Z'), 's1-c', 'find-out', '2026-01-05T10:00:00.000Z');
  p.actions['s2-a:improve'] = { ...p.actions['s2-a:improve']!, owner: 'Ana Núñez', due: '2026-04-30', status: 'in-progress', effort: 'medium', note: 'Con «marketing»' };
  return p;
})();
const milestone: Milestone = { id: 'm-1', label: 'Inicio', savedAt: '2026-01-01T12:00:00.000Z', answers: { 's1-a': 2 }, notes: { 's1-a': 'Antes' }, plan: emptyPlan() };
const work: AssessmentWork = {
  answers: { 's1-a': 4, 's2-a': 1, 's1-c': 'dont-know' as const },
  notes: {},
  profile: { ...EMPTY_PROFILE, organization: 'Ñandú' },
  startedAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  plan,
  milestones: [milestone],
};

describe('assessment file version 3 (action plan and milestones)', () => {
  it('carries the plan and the milestones, and reads them back unchanged', () => {
    const file = buildAssessmentFile(work, { model: MODEL, language: 'es', exportedAt: EXPORTED_AT });
    expect(file.formatVersion).toBe(ASSESSMENT_FILE_VERSION);
    const read = readAssessmentFile(toBytes(serializeAssessmentFile(file)), MODEL);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.assessment.plan).toEqual(plan);
    expect(read.assessment.milestones).toEqual([milestone]);
  });

  it.each([1, 2])('still opens a version %i file, with no plan and no milestones', (version) => {
    const { plan: _plan, milestones: _m, ...older } = { ...validFile(), formatVersion: version };
    const read = readAssessmentFile(toBytes(JSON.stringify(older)), MODEL);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.assessment.answers).toEqual(validFile().answers);
    expect(read.assessment.plan).toBeUndefined();
    expect(read.assessment.milestones).toBeUndefined();
  });

  it('refuses a plan action with an unknown status, naming the field', () => {
    const file = buildAssessmentFile(work, { model: MODEL, language: 'es', exportedAt: EXPORTED_AT });
    const broken = JSON.parse(serializeAssessmentFile(file));
    broken.plan.actions['s2-a:improve'].status = 'maybe';
    const read = readAssessmentFile(toBytes(broken), MODEL);
    expect(read).toMatchObject({ ok: false, problem: { code: 'invalid-field', field: 'plan.actions.s2-a:improve.status' } });
  });

  it('leaves out, and names, plan actions on questions the model does not have', () => {
    const file = buildAssessmentFile({ ...work, plan: addToPlan(plan, 'retired-question', 'improve', '2026-01-05T10:00:00.000Z') }, { model: MODEL, language: 'es', exportedAt: EXPORTED_AT });
    const read = readAssessmentFile(toBytes(file), MODEL);
    expect(read).toMatchObject({ ok: true, dropped: ['retired-question'] });
    if (read.ok) expect(Object.keys(read.assessment.plan!.actions).sort()).toEqual(['s1-c:find-out', 's2-a:improve']);
  });

  it('describes the plan and milestones in the published JSON Schema', () => {
    const schema = buildAssessmentFileJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['plan', 'milestones']));
    expect(schema.required).not.toContain('plan');
  });
});
