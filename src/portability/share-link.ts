import { type AnswerValue, type Answers, NOT_APPLICABLE } from '../engine/answers';
import type { ModelStructure } from '../engine/model-types';
import { NAME_MAX_LENGTH, PROFILE_TEXT_MAX } from '../engine/limits';
import { toBase64Url } from './base64url';
import { crc32 } from './crc32';
import { splitByKnownQuestions } from '../engine/known-questions';

/**
 * A share link's payload, the part after `#/shared/`: base64url of
 *   [version: 1 byte][deflate-raw of the JSON below][CRC-32 of everything before it: 4 bytes, big-endian]
 * The checksum is the same in every version, so a damaged or edited link is caught before anything is read.
 * The JSON carries the answers (`a`) and, only when the sender chose to include them, a name (`n`), a role or
 * department (`r`), a label such as the organisation (`o`) and the notes (`t`): never the profile.
 * Decoding (with zod) lives in decode-share-link.ts, so making a link loads no validation code.
 */
// 2: answers may be "not-applicable" (model 1.1). 3: optional name, role, label and notes (a workshop submission).
// Version 1 and 2 links decode with the same body, without the optional fields.
export const SHARE_LINK_VERSION = 3;
/** The floor of the cap on the inflated size, so a crafted link cannot make the page inflate megabytes. */
export const MAX_INFLATED_BYTES = 64 * 1024;
/** The longest name a link carries (a workshop participant's name). */
export const LINK_NAME_MAX_LENGTH = NAME_MAX_LENGTH;
/** The longest role or department (as the workshop saves it). */
export const LINK_ROLE_MAX_LENGTH = NAME_MAX_LENGTH;
/** The longest label (an organisation's name, as the profile allows). */
export const LINK_TEXT_MAX_LENGTH = PROFILE_TEXT_MAX;
/**
 * The longest note a link carries: with every question's note this long, a link still fits one message of the
 * common chat apps (some cut a message at about 28,000 characters). Longer notes travel whole in the file.
 */
export const LINK_NOTE_MAX_LENGTH = 280;

export type ModelIds = Pick<ModelStructure, 'id' | 'version' | 'stages'>;

/** Who sent a link, and what else they chose to send with their answers; every field optional. */
export interface LinkSender {
  name?: string;
  role?: string;
  /** Shown when the link is opened (an organisation's name, for example). */
  label?: string;
  notes?: Readonly<Record<string, string | undefined>>;
}

// Control characters never travel in a link (they would be invisible, and could forge lines in a list);
// notes keep their line breaks.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f]/g;

/** A one-line text as a link carries it: control characters as spaces, trimmed, at most `max` characters. */
export function cleanLinkText(text: string, max: number): string {
  return cut(text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim(), max);
}

/** At most `max` UTF-16 units, never half a character (an emoji cut in two would not be valid text). */
function cut(text: string, max: number): string {
  let kept = text.slice(0, max);
  if (/[\ud800-\udbff]$/.test(kept)) kept = kept.slice(0, -1);
  return kept.trim();
}

/** A note as a link carries it: line breaks kept (as \n), other control characters as spaces, at most the link's note length. */
export function cleanLinkNote(note: string): string {
  return cut(note.replace(/\r\n?/g, '\n').replace(CONTROL_BUT_NEWLINE, ' ').trim(), LINK_NOTE_MAX_LENGTH);
}

/** The JSON body of a link, its keys in a fixed order; the optional fields only when they say something. */
function linkBody(answers: Answers, model: ModelIds, sender: LinkSender): Record<string, unknown> {
  // Sorted, so the same answers always make the same link.
  const sorted = Object.fromEntries(Object.keys(answers).sort().map((id) => [id, answers[id]]));
  const body: Record<string, unknown> = { m: model.id, v: model.version };
  const name = cleanLinkText(sender.name ?? '', LINK_NAME_MAX_LENGTH);
  const role = cleanLinkText(sender.role ?? '', LINK_ROLE_MAX_LENGTH);
  const label = cleanLinkText(sender.label ?? '', LINK_TEXT_MAX_LENGTH);
  if (name) body.n = name;
  if (role) body.r = role;
  if (label) body.o = label;
  body.a = splitByKnownQuestions<AnswerValue>(model, sorted).known;
  const notes = splitByKnownQuestions<string>(model, sender.notes ?? {}).known;
  const kept = Object.keys(notes)
    .sort()
    .map((id) => [id, cleanLinkNote(notes[id]!)] as const)
    .filter(([, note]) => note !== '');
  if (kept.length) body.t = Object.fromEntries(kept);
  return body;
}

/** How many of these notes a link would shorten (so the sender can be told, and send the file instead). */
export function countShortenedNotes(notes: Readonly<Record<string, string | undefined>>): number {
  return Object.values(notes).filter((note) => note !== undefined && note.trim().length > LINK_NOTE_MAX_LENGTH).length;
}

/**
 * The longest JSON body a link for `model` can carry, in bytes: every question answered with the longest value, every
 * text at its longest in 3-byte UTF-8 characters (the most any character takes, escaped or not, once control
 * characters are out).
 */
export function maxLinkBodyBytes(model: ModelIds): number {
  // Asked once per link decoded (30 pasted at once): worked out once per model.
  const known = bodyBytesCache.get(model);
  if (known !== undefined) return known;
  const ids = model.stages.flatMap((stage) => stage.questions.map((q) => q.id));
  const wide = (n: number) => '\u0800'.repeat(n);
  const body = {
    m: model.id,
    v: model.version,
    n: wide(LINK_NAME_MAX_LENGTH),
    r: wide(LINK_ROLE_MAX_LENGTH),
    o: wide(LINK_TEXT_MAX_LENGTH),
    a: Object.fromEntries(ids.map((id) => [id, NOT_APPLICABLE])),
    t: Object.fromEntries(ids.map((id) => [id, wide(LINK_NOTE_MAX_LENGTH)])),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(body)).length;
  bodyBytesCache.set(model, bytes);
  return bytes;
}
const bodyBytesCache = new WeakMap<ModelIds, number>();

/** The cap on a link's inflated body: twice the longest this app makes for `model`, and never below MAX_INFLATED_BYTES. */
export function maxInflatedBytes(model: ModelIds): number {
  return Math.max(MAX_INFLATED_BYTES, 2 * maxLinkBodyBytes(model));
}

/**
 * The longest payload accepted for `model`, in characters: twice the longest this app can make for it (every
 * field at its longest, and deflate storing it uncompressed, its worst case), which leaves room for a newer model
 * version's extra questions. Anything longer is refused before any decoding work.
 */
export function maxLinkPayloadChars(model: ModelIds): number {
  const json = maxLinkBodyBytes(model);
  // Stored deflate blocks carry 5 bytes of header per 65,535 bytes.
  const deflated = json + 5 * Math.max(1, Math.ceil(json / 65_535));
  const bytes = 1 + deflated + 4;
  return 2 * Math.ceil((bytes * 4) / 3);
}

/** Encodes the answers (and whatever the sender chose to add) as a compact, checksummed payload for a `#/shared/<payload>` link. */
export async function encodeShareLink(answers: Answers, model: ModelIds, sender: LinkSender = {}): Promise<string> {
  const json = JSON.stringify(linkBody(answers, model, sender));
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
