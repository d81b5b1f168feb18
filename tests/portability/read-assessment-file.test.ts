import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/portability/file-format';
import { describeFileProblem } from '../../src/portability/problem-messages';
import { readAssessmentBlob, readAssessmentFile } from '../../src/portability/read-assessment-file';
import { MODEL } from '../engine/fixture';
import { toBytes, validFile } from './file-fixture';

const read = (value: unknown) => readAssessmentFile(toBytes(value), MODEL);
const problemOf = (value: unknown) => {
  const result = read(value);
  return result.ok ? null : result.problem;
};

describe('readAssessmentFile', () => {
  it('reads back what was exported: profile, answers, notes and timestamps', () => {
    const file = validFile();
    expect(read(file)).toEqual({
      ok: true,
      file,
      dropped: [],
      assessment: {
        answers: file.answers,
        notes: file.notes,
        profile: file.profile,
        startedAt: file.startedAt,
        updatedAt: file.updatedAt,
      },
    });
  });

  it('accepts a UTF-8 byte-order mark and surrounding whitespace', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...toBytes(`\n\n${JSON.stringify(validFile())}  \n`)]);
    expect(readAssessmentFile(bytes, MODEL).ok).toBe(true);
  });

  it('says an empty file is empty', () => {
    expect(readAssessmentFile(new Uint8Array(), MODEL)).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(problemOf(' \n\t ')).toEqual({ code: 'empty' });
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20);
    expect(readAssessmentFile(big, MODEL)).toEqual({ ok: false, problem: { code: 'too-large', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES } });
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const blob = { size: 5 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await readAssessmentBlob(blob, MODEL)).toMatchObject({ ok: false, problem: { code: 'too-large' } });
  });

  it('says a file that is not JSON is not JSON (text, binary, invalid UTF-8, truncated)', () => {
    expect(problemOf('hola, esto no es JSON')).toEqual({ code: 'not-json' });
    expect(problemOf(JSON.stringify(validFile()).slice(0, -10))).toEqual({ code: 'not-json' });
    expect(readAssessmentFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]), MODEL)).toEqual({ ok: false, problem: { code: 'not-json' } });
  });

  it('says JSON that is not one of our files is not our format', () => {
    for (const value of ['[]', '42', 'null', '"text"', '{}', '{"format":"other-app"}', '{"answers":{"s1-a":3}}']) {
      expect(problemOf(value), value).toEqual({ code: 'not-our-format' });
    }
  });

  it('says which newer format version a file uses', () => {
    expect(problemOf({ ...validFile(), formatVersion: 7 })).toEqual({ code: 'newer-version', version: 7 });
  });

  it('refuses a file from another model by its id', () => {
    expect(problemOf({ ...validFile(), model: { id: 'another-model', version: '1.0.0' } })).toEqual({ code: 'other-model', modelId: 'another-model' });
  });

  it('lists every answer out of range, whatever the reason', () => {
    const answers = { 's1-a': 5, 's1-b': -1, 's1-c': 2.5, 's2-a': 'yes', 's2-b': null, 's2-c': 3 };
    expect(problemOf({ ...validFile(), answers })).toEqual({
      code: 'answers-out-of-range',
      questionIds: ['s1-a', 's1-b', 's1-c', 's2-a', 's2-b'],
    });
  });

  it('names the field that is missing or wrong', () => {
    const { profile: _profile, ...withoutProfile } = validFile();
    expect(problemOf(withoutProfile)).toEqual({ code: 'invalid-field', field: 'profile' });
    expect(problemOf({ ...validFile(), profile: { ...validFile().profile, sector: 'piracy' } })).toEqual({ code: 'invalid-field', field: 'profile.sector' });
    expect(problemOf({ ...validFile(), exportedAt: 'yesterday' })).toEqual({ code: 'invalid-field', field: 'exportedAt' });
    expect(problemOf({ ...validFile(), surprise: true })).toEqual({ code: 'invalid-field', field: 'surprise' });
    expect(problemOf({ ...validFile(), notes: { 's1-a': 'x'.repeat(10_001) } })).toEqual({ code: 'invalid-field', field: 'notes.s1-a' });
    expect(problemOf({ ...validFile(), answers: { 'Not An Id': 3 } })).toEqual({ code: 'invalid-field', field: 'answers.Not An Id' });
  });

  it('imports the questions this model knows and names the ones it dropped (answers and notes)', () => {
    const file = { ...validFile(), answers: { 's1-a': 4, 'old-question': 2, 'new-question': 'dont-know' }, notes: { 'gone-note': 'x', 's1-a': 'kept' } };
    const result = read(file);
    expect(result).toMatchObject({ ok: true, dropped: ['gone-note', 'new-question', 'old-question'] });
    if (!result.ok) return;
    expect(result.assessment.answers).toEqual({ 's1-a': 4 });
    expect(result.assessment.notes).toEqual({ 's1-a': 'kept' });
  });

  it('keeps keys like __proto__ out (regression: prototype pollution through JSON keys)', () => {
    const text = JSON.stringify(validFile()).replace('"answers":{', '"answers":{"__proto__":{"polluted":1},');
    const result = readAssessmentFile(toBytes(text), MODEL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.assessment.answers)).toBe(Object.prototype);
    expect(Object.keys(result.assessment.answers)).toEqual(Object.keys(validFile().answers));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('describeFileProblem', () => {
  it('gives a locale key and values for every problem, sizes in the language', () => {
    expect(describeFileProblem({ code: 'too-large', bytes: 2.5 * 1024 * 1024, limit: 1024 * 1024 }, 'es')).toEqual({
      key: 'problem.too-large',
      values: { size: '2,5 MB', limit: '1 MB' },
    });
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(describeFileProblem({ code: 'answers-out-of-range', questionIds: ids }, 'en')).toEqual({
      key: 'problem.answers-out-of-range',
      values: { ids: 'a; b; c; d; e (+2)', count: 7 },
    });
    expect(describeFileProblem({ code: 'not-json' }, 'en')).toEqual({ key: 'problem.not-json', values: {} });
  });
});
