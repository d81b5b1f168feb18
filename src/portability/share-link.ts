import { type AnswerValue, type Answers, DONT_KNOW } from '../engine/answers';
import type { ModelStructure } from '../engine/model-types';
import { toBase64Url } from './base64url';
import { crc32 } from './crc32';
import { splitByKnownQuestions } from '../engine/known-questions';

/**
 * A share link's payload, the part after `#/shared/`: base64url of
 *   [version: 1 byte][deflate-raw of the JSON below][CRC-32 of everything before it: 4 bytes, big-endian]
 * The checksum is the same in every version, so a damaged or edited link is caught before anything is read.
 * The JSON carries the answers only: no profile and no notes leave the browser in a link.
 * Decoding (with zod) lives in decode-share-link.ts, so making a link loads no validation code.
 */
// 2: answers may be "not-applicable" (model 1.1). Version 1 links decode with the same body.
export const SHARE_LINK_VERSION = 2;
/** A cap on the inflated size, so a crafted link cannot make the page inflate megabytes. */
export const MAX_INFLATED_BYTES = 64 * 1024;

export type ModelIds = Pick<ModelStructure, 'id' | 'version' | 'stages'>;

/**
 * The longest payload accepted for `model`, in characters: twice the longest this app can make for it (every
 * question answered with the longest value, and deflate storing it uncompressed, its worst case), which leaves
 * room for a newer model version's extra questions. Anything longer is refused before any decoding work.
 */
export function maxLinkPayloadChars(model: ModelIds): number {
  const longest = Object.fromEntries(model.stages.flatMap((stage) => stage.questions.map((q) => [q.id, DONT_KNOW])));
  const json = new TextEncoder().encode(JSON.stringify({ m: model.id, v: model.version, a: longest })).length;
  // Stored deflate blocks carry 5 bytes of header per 65,535 bytes.
  const deflated = json + 5 * Math.max(1, Math.ceil(json / 65_535));
  const bytes = 1 + deflated + 4;
  return 2 * Math.ceil((bytes * 4) / 3);
}

/** Encodes the answers as a compact, checksummed payload for a `#/shared/<payload>` link. */
export async function encodeShareLink(answers: Answers, model: ModelIds): Promise<string> {
  // Sorted, so the same answers always make the same link.
  const sorted = Object.fromEntries(Object.keys(answers).sort().map((id) => [id, answers[id]]));
  const kept = splitByKnownQuestions<AnswerValue>(model, sorted).known;
  const json = JSON.stringify({ m: model.id, v: model.version, a: kept });
  const deflated = await transform(new TextEncoder().encode(json), new CompressionStream('deflate-raw'), Infinity);
  if (!deflated) throw new Error('Compression failed');
  const body = new Uint8Array(1 + deflated.length + 4);
  body[0] = SHARE_LINK_VERSION;
  body.set(deflated, 1);
  new DataView(body.buffer).setUint32(body.length - 4, crc32(body.subarray(0, body.length - 4)));
  return toBase64Url(body);
}

/** The app's own address with the shared view in the fragment, which browsers never send to a server. */
export function buildShareUrl(payload: string, href: string): string {
  return `${href.split('#')[0]}#/shared/${payload}`;
}

/** Runs bytes through a (de)compression stream; null when the stream fails or the output passes the limit. */
export async function transform(input: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Errors surface through the reader; these two only need to be kept from becoming unhandled.
  writer.write(new Uint8Array(input)).catch(() => undefined);
  writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const output = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.length;
  }
  return output;
}
