import { describe, expect, it } from 'vitest';
import { ASSESSMENT_FILE_VERSION } from '../../src/portability/file-format';
import { FILE_MIGRATIONS, type FileMigration, migrateAssessmentFile } from '../../src/portability/migrate-assessment-file';
import { readAssessmentValue } from '../../src/portability/read-assessment-file';
import { MODEL } from '../engine/fixture';
import { validFile } from './file-fixture';

describe('migrateAssessmentFile', () => {
  it('passes a current file through unchanged', () => {
    const file = validFile() as unknown as Record<string, unknown>;
    expect(migrateAssessmentFile(file)).toEqual({ ok: true, file });
  });

  it('has one step for every version before the current one', () => {
    for (let v = 1; v < ASSESSMENT_FILE_VERSION; v++) expect(FILE_MIGRATIONS[v], `step from ${v}`).toBeTypeOf('function');
  });

  it('refuses a newer version by number, and a missing or malformed version as not our format', () => {
    expect(migrateAssessmentFile({ formatVersion: ASSESSMENT_FILE_VERSION + 1 })).toEqual({
      ok: false,
      problem: { code: 'newer-version', version: ASSESSMENT_FILE_VERSION + 1 },
    });
    for (const formatVersion of [undefined, 0, -1, 1.5, '1', null, Number.MAX_VALUE, Number.NaN]) {
      expect(migrateAssessmentFile({ formatVersion })).toEqual({ ok: false, problem: { code: 'not-our-format' } });
    }
  });

  it('runs the steps in order from the file version to the current one', () => {
    const steps: Record<number, FileMigration> = {
      1: (f) => ({ ...f, trail: ['1→2'], renamed: f.old }),
      2: (f) => ({ ...f, trail: [...((f.trail as string[] | undefined) ?? []), '2→3'] }),
    };
    expect(migrateAssessmentFile({ formatVersion: 1, old: 'x' }, steps, 3)).toEqual({
      ok: true,
      file: { formatVersion: 3, old: 'x', renamed: 'x', trail: ['1→2', '2→3'] },
    });
    expect(migrateAssessmentFile({ formatVersion: 2 }, steps, 3)).toEqual({ ok: true, file: { formatVersion: 3, trail: ['2→3'] } });
  });

  it('reports a missing or failing step as not our format instead of throwing', () => {
    expect(migrateAssessmentFile({ formatVersion: 1 }, {}, 2)).toEqual({ ok: false, problem: { code: 'not-our-format' } });
    const failing: Record<number, FileMigration> = {
      1: () => {
        throw new Error('cannot read');
      },
    };
    expect(migrateAssessmentFile({ formatVersion: 1 }, failing, 2)).toEqual({ ok: false, problem: { code: 'not-our-format' } });
  });

  it('handles model drift on import: questions of an older model version are dropped and named', () => {
    const older = { ...validFile(), model: { id: 'test-model', version: '0.9.0' }, answers: { 's1-a': 4, 'retired-question': 2 } };
    const result = readAssessmentValue(older, MODEL);
    expect(result).toMatchObject({ ok: true, dropped: ['retired-question'] });
    if (result.ok) expect(result.assessment.answers).toEqual({ 's1-a': 4 });
  });
});
