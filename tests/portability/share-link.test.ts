import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../src/portability/base64url';
import { crc32 } from '../../src/portability/crc32';
import { decodeShareLink } from '../../src/portability/decode-share-link';
import { buildShareUrl, encodeShareLink, maxLinkPayloadChars, SHARE_LINK_VERSION } from '../../src/portability/share-link';
import { model as appModel } from '../../src/model/structure';
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
    // Just within the length limit, garbage is still read (and found damaged).
    expect(await decodeShareLink('A'.repeat(maxLinkPayloadChars(MODEL)), MODEL)).toEqual({ ok: false, problem: { code: 'damaged' } });
  });

  it('refuses a payload longer than any link the app makes before decoding it (regression: a 1 MB link took seconds)', async () => {
    const max = maxLinkPayloadChars(MODEL);
    // The longest link the app can make for a model (every answer "don't know") fits twice over.
    for (const model of [MODEL, appModel]) {
      const ids = model.stages.flatMap((s) => s.questions.map((q) => q.id));
      const longest = await encodeShareLink(Object.fromEntries(ids.map((id) => [id, 'dont-know' as const])), model);
      expect(longest.length * 2).toBeLessThanOrEqual(maxLinkPayloadChars(model));
    }
    // A valid link made one character too long, and a megabyte of anything: refused for their length alone.
    const valid = await encodeShareLink(mixed, MODEL);
    const padded = valid + 'A'.repeat(max + 1 - valid.length);
    expect(await decodeShareLink(padded, MODEL)).toEqual({ ok: false, problem: { code: 'too-long', length: max + 1, max } });
    const started = performance.now();
    expect(await decodeShareLink('%'.repeat(1_000_000), MODEL)).toEqual({ ok: false, problem: { code: 'too-long', length: 1_000_000, max } });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('names __proto__ and other Object.prototype keys as left out, never drops them silently (regression)', async () => {
    const dangerous = ['__proto__', 'constructor', 'tostring', 'valueof', 'hasownproperty'];
    for (const key of dangerous) {
      const body = `{"m":"test-model","v":"1.0.0","a":{"s1-a":3,"${key}":2}}`;
      const result = await decodeShareLink(envelope(1, await deflate(body)), MODEL);
      expect(result, key).toEqual({ ok: true, answers: { 's1-a': 3 }, modelVersion: '1.0.0', dropped: [key] });
      if (result.ok) expect(Object.getPrototypeOf(result.answers)).toBe(Object.prototype);
    }
    const objectValue = await decodeShareLink(envelope(1, await deflate('{"m":"test-model","v":"1.0.0","a":{"__proto__":{"polluted":1}}}')), MODEL);
    expect(objectValue).toEqual({ ok: true, answers: {}, modelVersion: '1.0.0', dropped: ['__proto__'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says a link from a newer version is newer', async () => {
    expect(await decodeShareLink(envelope(SHARE_LINK_VERSION + 1, await deflate('{}')), MODEL)).toEqual({ ok: false, problem: { code: 'newer-version', version: SHARE_LINK_VERSION + 1 } });
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
    expect(toBase64Url(bomb).length).toBeLessThan(maxLinkPayloadChars(MODEL));
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
