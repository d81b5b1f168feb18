import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../src/portability/base64url';
import { crc32 } from '../../src/portability/crc32';
import { decodeShareLink } from '../../src/portability/decode-share-link';
import { readAssessmentFile } from '../../src/portability/read-assessment-file';
import { model } from '../../src/model/structure';

// Answers saved, exported or shared under model 1.0.0 open in 1.1.0 with every answer kept: question ids are
// stable, and a question that moved stage keeps its id. A 1.0.0 file has format version 1, a 1.0.0 link version 1.
const ids = model.stages.flatMap((stage) => stage.questions.map((q) => q.id));
const answers = Object.fromEntries(ids.map((id, i) => [id, i % 6 === 5 ? 'dont-know' : i % 5])) as Record<string, 0 | 1 | 2 | 3 | 4 | 'dont-know'>;
const notes = { [ids[0]!]: 'Nota escrita con el modelo 1.0.0' };

function version1Link(body: object): string {
  const deflated = deflateRawSync(Buffer.from(JSON.stringify(body)));
  const bytes = new Uint8Array(1 + deflated.length + 4);
  bytes[0] = 1;
  bytes.set(deflated, 1);
  new DataView(bytes.buffer).setUint32(bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4)));
  return toBase64Url(bytes);
}

describe('model 1.0.0 answers in model 1.1.0', () => {
  it('opens a format 1 file exported under model 1.0.0 with every answer and note kept', () => {
    const file = {
      format: 'peldano-assessment',
      formatVersion: 1,
      exportedAt: '2026-06-01T10:00:00.000Z',
      language: 'es',
      model: { id: model.id, version: '1.0.0' },
      startedAt: '2026-05-30T08:00:00.000Z',
      updatedAt: '2026-06-01T09:59:00.000Z',
      profile: { organization: 'Hotel Mirador', sector: '', size: '', role: '' },
      answers,
      notes,
    };
    const result = readAssessmentFile(new TextEncoder().encode(JSON.stringify(file)), model);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessment.answers).toEqual(answers);
    expect(result.assessment.notes).toEqual(notes);
  });

  it('opens a version 1 link made under model 1.0.0 with every answer kept', async () => {
    const decoded = await decodeShareLink(version1Link({ m: model.id, v: '1.0.0', a: answers }), model);
    expect(decoded).toEqual({ ok: true, answers, modelVersion: '1.0.0', dropped: [] });
  });

  it('refuses a version 1 link that carries "doesn\'t apply", which 1.0.0 never made', async () => {
    const conditional = model.stages.flatMap((s) => s.questions).find((q) => q.conditional)!;
    const decoded = await decodeShareLink(version1Link({ m: model.id, v: '1.0.0', a: { [conditional.id]: 'not-applicable' } }), model);
    expect(decoded).toEqual({ ok: false, problem: { code: 'invalid' } });
  });
});
