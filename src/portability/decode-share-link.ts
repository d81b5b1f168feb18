import { z } from '../engine/zod';
import { type AnswerValue, NOT_APPLICABLE } from '../engine/answers';
import { answerValueSchema, questionIdSchema } from './assessment-file-schema';
import { fromBase64Url } from './base64url';
import { crc32 } from './crc32';
import { MAX_INFLATED_BYTES, maxLinkPayloadChars, type ModelIds, SHARE_LINK_VERSION, transform } from './share-link';
import { ID_MAX_LENGTH, VERSION_PATTERN } from '../engine/id-patterns';
import { splitByKnownQuestions } from '../engine/known-questions';

const linkBodySchema = z.strictObject({
  m: z.string().max(ID_MAX_LENGTH),
  v: z.string().regex(VERSION_PATTERN),
  a: z.record(questionIdSchema, answerValueSchema),
});

export type LinkProblem =
  | { code: 'empty' }
  /** Far longer than any link the app makes: refused unread. */
  | { code: 'too-long'; length: number; max: number }
  /** Not base64url, truncated, or the checksum does not match. */
  | { code: 'damaged' }
  | { code: 'newer-version'; version: number }
  /** Checksum fine, but the content is not a valid assessment. */
  | { code: 'invalid' }
  | { code: 'other-model' };

export type DecodeLinkResult =
  | { ok: true; answers: Record<string, AnswerValue>; modelVersion: string; dropped: string[] }
  | { ok: false; problem: LinkProblem };

/** Decodes a link payload; any input gives a result (never an exception), and never a partial one unsaid. */
export async function decodeShareLink(payload: string, model: ModelIds): Promise<DecodeLinkResult> {
  const fail = (problem: LinkProblem): DecodeLinkResult => ({ ok: false, problem });
  try {
    if (payload.length === 0) return fail({ code: 'empty' });
    const max = maxLinkPayloadChars(model);
    if (payload.length > max) return fail({ code: 'too-long', length: payload.length, max });
    const bytes = fromBase64Url(payload);
    if (!bytes || bytes.length < 6) return fail({ code: 'damaged' });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(bytes.length - 4) !== crc32(bytes.subarray(0, bytes.length - 4))) return fail({ code: 'damaged' });
    const version = bytes[0]!;
    if (version > SHARE_LINK_VERSION) return fail({ code: 'newer-version', version });
    if (version < 1) return fail({ code: 'invalid' });
    const inflated = await transform(bytes.subarray(1, bytes.length - 4), new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES);
    if (!inflated) return fail({ code: 'invalid' });
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
    } catch {
      return fail({ code: 'invalid' });
    }
    const body = linkBodySchema.safeParse(parsed);
    if (!body.success) return fail({ code: 'invalid' });
    // Version 1 links predate "doesn't apply": one that carries it was not made by this app.
    if (version === 1 && Object.values(body.data.a).includes(NOT_APPLICABLE)) return fail({ code: 'invalid' });
    if (body.data.m !== model.id) return fail({ code: 'other-model' });
    const answers = splitByKnownQuestions<AnswerValue>(model, body.data.a).known;
    // Every key the link carried and this model does not take is named, including those zod skips without a word
    // (`__proto__`, whose plain assignment would set a prototype); none of them ever reaches the answers.
    const carried = Object.keys((parsed as { a: object }).a);
    const dropped = carried.filter((id) => !Object.hasOwn(answers, id));
    return { ok: true, answers, modelVersion: body.data.v, dropped: dropped.sort() };
  } catch {
    // Defensive: every step above already reports its own failure.
    return fail({ code: 'damaged' });
  }
}
