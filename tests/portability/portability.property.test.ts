import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type AnswerValue, DONT_KNOW, isAnswerValue } from '../../src/engine/answers';
import { serializeAssessmentFile } from '../../src/portability/assessment-file';
import { readAssessmentFile, type ReadFileResult } from '../../src/portability/read-assessment-file';
import { decodeShareLink, type DecodeLinkResult } from '../../src/portability/decode-share-link';
import { encodeShareLink } from '../../src/portability/share-link';
import { emptyAssessment, useAssessmentStore } from '../../src/state/assessment-store';
import { MODEL, QUESTION_IDS } from '../engine/fixture';
import { toBytes, validFile } from './file-fixture';

const FILE_PROBLEMS = ['empty', 'unreadable', 'too-large', 'not-json', 'not-our-format', 'newer-version', 'other-model', 'answers-out-of-range', 'invalid-field'];
const LINK_PROBLEMS = ['empty', 'too-long', 'damaged', 'newer-version', 'invalid', 'other-model'];
const known = new Set(QUESTION_IDS);

// A saved assessment the properties must never touch.
const SAVED = { ...emptyAssessment(), answers: { 's1-a': 2 as const }, notes: { 's1-a': 'mine' }, startedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z' };
const storeSnapshot = () => JSON.stringify(useAssessmentStore.getState());
let before = '';
let storageBefore = '';
beforeEach(() => {
  useAssessmentStore.setState(SAVED);
  before = storeSnapshot();
  storageBefore = JSON.stringify({ ...localStorage });
});
afterAll(() => useAssessmentStore.setState(emptyAssessment()));

function expectClearFileResult(result: ReadFileResult) {
  if (result.ok) {
    for (const [id, value] of Object.entries(result.assessment.answers)) {
      expect(known.has(id)).toBe(true);
      expect(isAnswerValue(value)).toBe(true);
    }
    for (const id of Object.keys(result.assessment.notes)) expect(known.has(id)).toBe(true);
  } else {
    expect(FILE_PROBLEMS).toContain(result.problem.code);
  }
  expect(storeSnapshot()).toBe(before);
  expect(JSON.stringify({ ...localStorage })).toBe(storageBefore);
}

function expectClearLinkResult(result: DecodeLinkResult) {
  if (result.ok) {
    for (const [id, value] of Object.entries(result.answers)) {
      expect(known.has(id)).toBe(true);
      expect(isAnswerValue(value)).toBe(true);
    }
  } else {
    expect(LINK_PROBLEMS).toContain(result.problem.code);
  }
  expect(storeSnapshot()).toBe(before);
}

const answerArb = fc.constantFrom<AnswerValue[]>(0, 1, 2, 3, 4, DONT_KNOW);
const answersArb = fc.dictionary(fc.constantFrom(...QUESTION_IDS), answerArb);

/** Any JSON value placed at a random field of a valid file. */
const mutatedFileArb = fc
  .tuple(
    fc.constantFrom('format', 'formatVersion', 'exportedAt', 'language', 'model', 'startedAt', 'updatedAt', 'profile', 'answers', 'notes', 'extra'),
    fc.jsonValue(),
  )
  .map(([key, value]) => ({ ...validFile(), [key]: value }));

describe('importer, with any input', () => {
  it('random bytes give a clear error or a valid assessment, never an exception or a changed store', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => expectClearFileResult(readAssessmentFile(bytes, MODEL))), { numRuns: 500 });
  });

  it('random JSON, and valid files with any field replaced, do the same', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectClearFileResult(readAssessmentFile(toBytes(JSON.stringify(value) ?? ''), MODEL))), { numRuns: 300 });
    fc.assert(fc.property(mutatedFileArb, (file) => expectClearFileResult(readAssessmentFile(toBytes(JSON.stringify(file)), MODEL))), { numRuns: 300 });
  });

  it('valid files with random bytes flipped do the same', () => {
    const text = toBytes(serializeAssessmentFile(validFile()));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(text.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (flips) => {
        const bytes = text.slice();
        for (const [at, value] of flips) bytes[at] = value;
        expectClearFileResult(readAssessmentFile(bytes, MODEL));
      }),
      { numRuns: 300 },
    );
  });

  it('any answers exported are imported unchanged', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = readAssessmentFile(toBytes(validFile({ answers })), MODEL);
        expect(result.ok && result.assessment.answers).toEqual(answers);
      }),
      { numRuns: 200 },
    );
  });
});

describe('link decoder, with any input', () => {
  it('random strings and random base64url give a clear error, never an exception or a changed store', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => expectClearLinkResult(await decodeShareLink(text, MODEL))), { numRuns: 300 });
    await fc.assert(
      fc.asyncProperty(fc.base64String({ maxLength: 400 }).map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')), async (text) =>
        expectClearLinkResult(await decodeShareLink(text, MODEL)),
      ),
      { numRuns: 300 },
    );
  });

  it('any answers survive a round trip exactly', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, async (answers) => {
        expect(await decodeShareLink(await encodeShareLink(answers, MODEL), MODEL)).toEqual({ ok: true, answers, modelVersion: '1.0.0', dropped: [] });
      }),
      { numRuns: 150 },
    );
  });

  it('a link with any character changed, dropped or added never decodes to different answers', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, fc.nat(), fc.constantFrom('replace', 'drop', 'insert'), fc.integer({ min: 0, max: 63 }), async (answers, position, edit, char) => {
        const payload = await encodeShareLink(answers, MODEL);
        const at = position % payload.length;
        const letter = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[char]!;
        const edited =
          edit === 'drop' ? payload.slice(0, at) + payload.slice(at + 1) : edit === 'insert' ? payload.slice(0, at) + letter + payload.slice(at) : payload.slice(0, at) + letter + payload.slice(at + 1);
        const result = await decodeShareLink(edited, MODEL);
        expectClearLinkResult(result);
        if (edited !== payload) expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
