import { describe, expect, it } from 'vitest';
import { buildAssessmentFileName, exportAssessment } from '../../src/portability/assessment-file';
import { ASSESSMENT_FILE_VERSION } from '../../src/portability/file-format';
import { FILE_MIGRATIONS, migrateAssessmentFile } from '../../src/portability/migrate-assessment-file';
import { readAssessmentFile } from '../../src/portability/read-assessment-file';
import { EMPTY_PROFILE } from '../../src/engine/profile';
import { MODEL } from '../engine/fixture';

const assessment = { answers: { 's1-a': 3 as const }, notes: {}, profile: { ...EMPTY_PROFILE, organization: 'Bodegas Ñandú' }, startedAt: null, updatedAt: null };
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('assessment file: the participant name step (version 4)', () => {
  it('is version 4, with a no-op step from 3 (the name is optional)', () => {
    expect(ASSESSMENT_FILE_VERSION).toBe(4);
    const v3 = { format: 'peldano-assessment', formatVersion: 3, answers: {} };
    expect(FILE_MIGRATIONS[3]!(v3)).toEqual(v3);
    expect(migrateAssessmentFile(v3)).toEqual({ ok: true, file: { ...v3, formatVersion: 4 } });
  });

  it('puts the name in the file and in its name; reads it back', () => {
    const now = new Date(2025, 2, 14);
    const { text, fileName } = exportAssessment(assessment, { model: MODEL, language: 'es', fileNamePrefix: 'peldano-evaluacion', now, participantName: '  Rocío   Vega ' });
    expect(fileName).toBe('peldano-evaluacion-bodegas-nandu-rocio-vega-2025-03-14.json');
    const read = readAssessmentFile(new TextEncoder().encode(text), MODEL);
    expect(read.ok && read.file.participant).toEqual({ name: 'Rocío Vega' });
  });

  it('leaves the name out when none is given, as before', () => {
    const { text, fileName } = exportAssessment(assessment, { model: MODEL, language: 'en', fileNamePrefix: 'peldano-assessment', now: new Date(2025, 2, 14) });
    expect(fileName).toBe('peldano-assessment-bodegas-nandu-2025-03-14.json');
    expect(JSON.parse(text)).not.toHaveProperty('participant');
    expect(buildAssessmentFileName('peldano-assessment', '', new Date(2025, 2, 14), 'Ana')).toBe('peldano-assessment-ana-2025-03-14.json');
  });

  it('reads a version 2 file, and refuses a bad name clearly', () => {
    const { text } = exportAssessment(assessment, { model: MODEL, language: 'en', fileNamePrefix: 'p', now: new Date(2025, 2, 14) });
    const file = JSON.parse(text);
    expect(readAssessmentFile(bytes({ ...file, formatVersion: 2 }), MODEL)).toMatchObject({ ok: true });
    expect(readAssessmentFile(bytes({ ...file, participant: { name: '' } }), MODEL)).toEqual({ ok: false, problem: { code: 'invalid-field', field: 'participant.name' } });
    expect(readAssessmentFile(bytes({ ...file, participant: { name: 'x'.repeat(81) } }), MODEL)).toEqual({ ok: false, problem: { code: 'invalid-field', field: 'participant.name' } });
  });
});
