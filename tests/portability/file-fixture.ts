import type { AnswerValue } from '../../src/engine/answers';
import { buildAssessmentFile, serializeAssessmentFile } from '../../src/portability/assessment-file';
import type { AssessmentFile } from '../../src/portability/assessment-file-schema';
import { EMPTY_PROFILE } from '../../src/engine/profile';
import { MODEL } from '../engine/fixture';

export const EXPORTED_AT = new Date('2025-03-14T09:30:00.000Z');

/** A complete, valid file for the test model, with overrides applied on top. */
export function validFile(overrides: Partial<AssessmentFile> = {}): AssessmentFile {
  const answers: Record<string, AnswerValue> = { 's1-a': 4, 's1-b': 3, 's1-c': 'dont-know', 's2-a': 0 };
  return {
    ...buildAssessmentFile(
      {
        answers,
        notes: { 's1-a': 'Usamos «Brandwatch» desde 2023 — “ok”.' },
        profile: { ...EMPTY_PROFILE, organization: 'Ñandú & Cía.', sector: 'retail', size: '10-49' },
        startedAt: '2025-03-01T10:00:00.000Z',
        updatedAt: '2025-03-10T18:45:12.345Z',
      },
      { model: MODEL, language: 'es', exportedAt: EXPORTED_AT },
    ),
    ...overrides,
  };
}

/** A value as the bytes of a file. */
export const toBytes = (value: unknown): Uint8Array =>
  new TextEncoder().encode(typeof value === 'string' ? value : serializeAssessmentFile(value as AssessmentFile));
