import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../src/portability/base64url';
import { crc32 } from '../../src/portability/crc32';
import { decodeShareLink } from '../../src/portability/decode-share-link';
import { buildShareUrl, encodeShareLink, MAX_LINK_PAYLOAD_CHARS } from '../../src/portability/share-link';
import { answerAll, MODEL, QUESTION_IDS } from '../engine/fixture';

/** Builds a payload by hand: version byte, body, CRC-32 of both. */
function envelope(version: number, body: Uint8Array, crc?: number): string {
  const bytes = new Uint8Array(1 + body.length + 4);
  bytes[0] = version;
  bytes.set(body, 1);
  new DataView(bytes.buffer).setUint32(bytes.length - 4, crc ?? crc32(bytes.subarray(0, bytes.length - 4)));
  return toBase64Url(bytes);
}

// Node's zlib writes the same raw deflate as CompressionStream('deflate-raw').
async function deflate(text: string | Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(deflateRawSync(typeof text === 'string' ? new TextEncoder().encode(text) : text));
}

const mixed = { 's1-a': 4, 's1-b': 3, 's1-c': 'dont-know', 's2-a': 0, 's10-c': 1 } as const;

describe('base64url and CRC-32', () => {
  it('round-trips every length and rejects anything but the one canonical spelling', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(text)).toEqual(bytes);
    }
    expect(fromBase64Url('AAAAA')).toBeNull(); // a length no byte string has
    expect(fromBase64Url('AB')).toBeNull(); // non-zero unused bits: "AA" is the canonical spelling
    expect(fromBase64Url('AA==')).toBeNull(); // no padding in base64url
    expect(fromBase64Url('AA+/')).toBeNull(); // base64, not base64url
    expect(fromBase64Url('AAñA')).toBeNull();
  });

  it('computes the standard CRC-32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('share link codec', () => {
  it('round-trips answers, "don\'t know" included, and puts them in a #/shared/ fragment', async () => {
    const payload = await encodeShareLink(mixed, MODEL);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeShareLink(payload, MODEL)).toEqual({ ok: true, answers: mixed, modelVersion: '1.0.0', dropped: [] });
    expect(buildShareUrl(payload, 'https://example.org/peldano/#/results')).toBe(`https://example.org/peldano/#/shared/${payload}`);
  });

  it('is deterministic and does not depend on the order answers were given in', async () => {
    const reversed = Object.fromEntries(Object.entries(mixed).reverse());
    expect(await encodeShareLink(reversed, MODEL)).toBe(await encodeShareLink(mixed, MODEL));
  });

  it('is compressed: a full questionnaire stays well under the raw JSON', async () => {
    const all = answerAll(3);
    const payload = await encodeShareLink(all, MODEL);
    expect(payload.length).toBeLessThan(JSON.stringify(all).length);
  });

  it('leaves out ids the model does not know when encoding', async () => {
    const payload = await encodeShareLink({ ...mixed, 'not-a-question': 2 }, MODEL);
    expect(await decodeShareLink(payload, MODEL)).toMatchObject({ ok: true, answers: mixed });
  });

  it('detects every single changed character (regression guard: a tampered answer must not decode silently)', async () => {
    const payload = await encodeShareLink(mixed, MODEL);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < payload.length; i++) {
      const replacement = alphabet[(alphabet.indexOf(payload[i]!) + 1 + (i % 7)) % 64]!;
      const tampered = payload.slice(0, i) + replacement + payload.slice(i + 1);
      const result = await decodeShareLink(tampered, MODEL);
      expect(result.ok, `position ${i}`).toBe(false);
    }
  });

  it('reports a truncated, padded or garbled link as damaged', async () => {
    const payload = await encodeShareLink(mixed, MODEL);
    for (const broken of [payload.slice(0, -1), payload.slice(0, -4), payload.slice(5), `${payload}A`, `${payload}==`, 'not a link', '%%%%']) {
      expect(await decodeShareLink(broken, MODEL), broken).toEqual({ ok: false, problem: { code: 'damaged' } });
    }
    expect(await decodeShareLink('', MODEL)).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(await decodeShareLink('A'.repeat(MAX_LINK_PAYLOAD_CHARS + 4), MODEL)).toEqual({ ok: false, problem: { code: 'damaged' } });
  });

  it('says a link from a newer version is newer', async () => {
    expect(await decodeShareLink(envelope(2, await deflate('{}')), MODEL)).toEqual({ ok: false, problem: { code: 'newer-version', version: 2 } });
  });

  it('rejects well-checksummed content that is not a valid assessment', async () => {
    const cases = [
      envelope(0, await deflate('{}')),
      envelope(1, new Uint8Array([0xff, 0xff, 0xff])), // not deflate
      envelope(1, await deflate('not json')),
      envelope(1, await deflate(new Uint8Array([0xc3, 0x28]))), // not UTF-8
      envelope(1, await deflate('{"m":"test-model","v":"1.0.0","a":{"s1-a":7}}')),
      envelope(1, await deflate('{"m":"test-model","v":"1.0.0","a":{"s1-a":3},"extra":1}')),
      envelope(1, await deflate('[1,2,3]')),
    ];
    for (const payload of cases) expect(await decodeShareLink(payload, MODEL)).toEqual({ ok: false, problem: { code: 'invalid' } });
  });

  it('refuses to inflate a compression bomb', async () => {
    const bomb = await deflate(`{"m":"test-model","v":"1.0.0","a":{},"x":"${' '.repeat(1_000_000)}"}`);
    expect(bomb.length).toBeLessThan(MAX_LINK_PAYLOAD_CHARS);
    expect(await decodeShareLink(envelope(1, bomb), MODEL)).toEqual({ ok: false, problem: { code: 'invalid' } });
  });

  it('refuses a link for another model and names questions a newer model version dropped', async () => {
    expect(await decodeShareLink(await encodeShareLink(mixed, { ...MODEL, id: 'other-model' }), MODEL)).toEqual({
      ok: false,
      problem: { code: 'other-model' },
    });
    const newer = await encodeShareLink(
      { 's1-a': 4, 'brand-new': 2 },
      { ...MODEL, version: '2.0.0', stages: [{ ...MODEL.stages[0]!, questions: [...MODEL.stages[0]!.questions, { ...MODEL.stages[0]!.questions[0]!, id: 'brand-new' }] }] },
    );
    expect(await decodeShareLink(newer, MODEL)).toEqual({ ok: true, answers: { 's1-a': 4 }, modelVersion: '2.0.0', dropped: ['brand-new'] });
    expect(QUESTION_IDS).not.toContain('brand-new');
  });
});
