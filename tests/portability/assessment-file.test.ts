import { describe, expect, it } from 'vitest';
import { buildAssessmentFile, buildAssessmentFileName, serializeAssessmentFile } from '../../src/portability/assessment-file';
import { assessmentFileSchema, buildAssessmentFileJsonSchema } from '../../src/portability/assessment-file-schema';
import { ASSESSMENT_FILE_FORMAT, ASSESSMENT_FILE_VERSION } from '../../src/portability/file-format';
import { ASSESSMENT_SCHEMA_FILE, assessmentSchemaPlugin } from '../../scripts/vite-plugin-assessment-schema';
import { NOTE_MAX_LENGTH } from '../../src/engine/limits';
import { emptyAssessment } from '../../src/state/assessment-store';
import { MODEL } from '../engine/fixture';
import { EXPORTED_AT, validFile } from './file-fixture';

describe('assessment file', () => {
  it('records format, version, model, language, timestamps, profile, answers and notes', () => {
    const file = validFile();
    expect(file).toMatchObject({
      format: ASSESSMENT_FILE_FORMAT,
      formatVersion: ASSESSMENT_FILE_VERSION,
      exportedAt: EXPORTED_AT.toISOString(),
      language: 'es',
      model: { id: 'test-model', version: '1.0.0' },
      startedAt: '2025-03-01T10:00:00.000Z',
      updatedAt: '2025-03-10T18:45:12.345Z',
      profile: { organization: 'Ñandú & Cía.', sector: 'retail', size: '10-49', role: '' },
      answers: { 's1-a': 4, 's1-b': 3, 's1-c': 'dont-know', 's2-a': 0 },
    });
    expect(assessmentFileSchema.parse(file)).toEqual(file);
  });

  it('exports a blank assessment as a valid file and leaves out blank notes', () => {
    const blank = { ...emptyAssessment(), notes: { 's1-a': '   ' } };
    const file = buildAssessmentFile(blank, { model: MODEL, language: 'en', exportedAt: EXPORTED_AT });
    expect(file.notes).toEqual({});
    expect(file.startedAt).toBeNull();
    expect(assessmentFileSchema.safeParse(file).success).toBe(true);
  });

  it('is pretty-printed JSON that parses back to the same file', () => {
    const text = serializeAssessmentFile(validFile());
    expect(text).toContain('\n  "format": "peldano-assessment",');
    expect(JSON.parse(text)).toEqual(validFile());
  });

  it('rejects answers off the scale, unknown top-level fields and non-slug question ids', () => {
    for (const value of [5, -1, 2.5, '3', null, 'no-se']) {
      expect(assessmentFileSchema.safeParse(validFile({ answers: { 's1-a': value as never } })).success).toBe(false);
    }
    expect(assessmentFileSchema.safeParse({ ...validFile(), extra: 1 }).success).toBe(false);
    expect(assessmentFileSchema.safeParse(validFile({ answers: { __proto__x: 1 } as never })).success).toBe(false);
  });

  it('accepts notes as long as the note field allows, and no longer (regression guard: the limits drifting apart)', () => {
    // One limit (engine/limits.ts) for the note field, the saved data and the file: no second copy to keep equal.
    expect(assessmentFileSchema.safeParse(validFile({ notes: { 's1-a': 'x'.repeat(NOTE_MAX_LENGTH) } })).success).toBe(true);
    expect(assessmentFileSchema.safeParse(validFile({ notes: { 's1-a': 'x'.repeat(NOTE_MAX_LENGTH + 1) } })).success).toBe(false);
  });

  it('names the file with a translated prefix, the organisation and the date', () => {
    const date = new Date(2025, 2, 14, 23, 59);
    expect(buildAssessmentFileName('peldano-evaluacion', '«Ñandú & Cía.»', date)).toBe('peldano-evaluacion-nandu-cia-2025-03-14.json');
    expect(buildAssessmentFileName('peldano-assessment', '', date)).toBe('peldano-assessment-2025-03-14.json');
    expect(buildAssessmentFileName('peldano-assessment', '★★★', date)).toBe('peldano-assessment-2025-03-14.json');
  });
});

describe('published JSON Schema', () => {
  const schema = buildAssessmentFileJsonSchema() as {
    $schema: string;
    title: string;
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, Record<string, unknown>>;
  };

  it('is draft 2020-12, closed, and requires every field', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Peldaño assessment file');
    expect(schema.additionalProperties).toBe(false);
    expect([...schema.required].sort()).toEqual(
      ['answers', 'exportedAt', 'format', 'formatVersion', 'language', 'model', 'notes', 'profile', 'startedAt', 'updatedAt'].sort(),
    );
  });

  it('states the format, the version and the answer scale as constants', () => {
    expect(schema.properties.format).toMatchObject({ const: 'peldano-assessment' });
    expect(schema.properties.formatVersion).toMatchObject({ const: ASSESSMENT_FILE_VERSION });
    expect(schema.properties.answers).toMatchObject({
      type: 'object',
      propertyNames: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
      additionalProperties: { enum: [0, 1, 2, 3, 4, 'dont-know', 'not-applicable'] },
    });
  });

  it('is emitted into the build by the Vite plugin', () => {
    const plugin = assessmentSchemaPlugin();
    const emitted: { fileName: string; source: string }[] = [];
    const generateBundle = plugin.generateBundle as unknown as (this: { emitFile: (f: { fileName: string; source: string }) => void }) => void;
    generateBundle.call({ emitFile: (f) => emitted.push(f) });
    expect(emitted).toHaveLength(1);
    expect(emitted[0]!.fileName).toBe(ASSESSMENT_SCHEMA_FILE);
    expect(JSON.parse(emitted[0]!.source)).toEqual(schema);
  });
});
