import { z } from '../engine/zod';
import { type AnswerValue, NOT_APPLICABLE } from '../engine/answers';
import { answerValueSchema, questionIdSchema } from './assessment-file-schema';
import { fromBase64Url } from './base64url';
import { crc32 } from './crc32';
import {
  LINK_NAME_MAX_LENGTH,
  LINK_NOTE_MAX_LENGTH,
  LINK_ROLE_MAX_LENGTH,
  LINK_TEXT_MAX_LENGTH,
  type LinkSender,
  maxInflatedBytes,
  maxLinkPayloadChars,
  type ModelIds,
  SHARE_LINK_VERSION,
  transform,
} from './share-link';
import { ID_MAX_LENGTH, VERSION_PATTERN } from '../engine/id-patterns';
import { splitByKnownQuestions } from '../engine/known-questions';

// What the app writes: no control characters, nothing empty, nothing longer than the encoder allows.
// eslint-disable-next-line no-control-regex
const oneLine = (max: number) => z.string().min(1).max(max).regex(/^[^\u0000-\u001f\u007f]*$/);
// eslint-disable-next-line no-control-regex
const note = z.string().min(1).max(LINK_NOTE_MAX_LENGTH).regex(/^[^\u0000-\u0009\u000b-\u001f\u007f]*$/);

const baseBodySchema = z.strictObject({
  m: z.string().max(ID_MAX_LENGTH),
  v: z.string().regex(VERSION_PATTERN),
  a: z.record(questionIdSchema, answerValueSchema),
});
/** Version 3: the same answers, and what the sender chose to add. */
const senderBodySchema = baseBodySchema.extend({
  n: oneLine(LINK_NAME_MAX_LENGTH).optional(),
  r: oneLine(LINK_ROLE_MAX_LENGTH).optional(),
  o: oneLine(LINK_TEXT_MAX_LENGTH).optional(),
  t: z.record(questionIdSchema, note).optional(),
});

/** The part of a version 3 link that is not right, named so the message can say which. */
export type LinkField = 'name' | 'role' | 'label' | 'notes';
const FIELDS: Readonly<Record<string, LinkField>> = { n: 'name', r: 'role', o: 'label', t: 'notes' };

export type LinkProblem =
  | { code: 'empty' }
  /** Far longer than any link the app makes: refused unread. */
  | { code: 'too-long'; length: number; max: number }
  /** Not base64url, truncated, or the checksum does not match. */
  | { code: 'damaged' }
  | { code: 'newer-version'; version: number }
  /** Checksum fine, but the content is not a valid assessment. */
  | { code: 'invalid' }
  /** Checksum fine and the answers valid, but the name, role, label or notes are not as the app writes them. */
  | { code: 'invalid-field'; field: LinkField }
  | { code: 'other-model' };

/** A decoded link: the answers, and (version 3) what its sender added; absent fields are left undefined. */
export type DecodedLink = {
  answers: Record<string, AnswerValue>;
  modelVersion: string;
  dropped: string[];
} & Omit<LinkSender, 'notes'> & { notes?: Record<string, string> };

export type DecodeLinkResult = ({ ok: true } & DecodedLink) | { ok: false; problem: LinkProblem };

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
    const inflated = await transform(bytes.subarray(1, bytes.length - 4), new DecompressionStream('deflate-raw'), maxInflatedBytes(model));
    if (!inflated) return fail({ code: 'invalid' });
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
    } catch {
      return fail({ code: 'invalid' });
    }
    const body = (version >= 3 ? senderBodySchema : baseBodySchema).safeParse(parsed);
    if (!body.success) {
      // The answers and model must be right before a field is blamed: otherwise it is not this app's link at all.
      const field = body.error.issues.map((issue) => FIELDS[String(issue.path[0])]).find(Boolean);
      const core = baseBodySchema.safeParse(pickCore(parsed));
      return fail(version >= 3 && field && core.success ? { code: 'invalid-field', field } : { code: 'invalid' });
    }
    const data = body.data as z.infer<typeof senderBodySchema>;
    // Version 1 links predate "doesn't apply": one that carries it was not made by this app.
    if (version === 1 && Object.values(data.a).includes(NOT_APPLICABLE)) return fail({ code: 'invalid' });
    if (data.m !== model.id) return fail({ code: 'other-model' });
    const answers = splitByKnownQuestions<AnswerValue>(model, data.a).known;
    const notes = data.t ? splitByKnownQuestions<string>(model, data.t).known : {};
    // Every key the link carried and this model does not take is named, including those zod skips without a word
    // (`__proto__`, whose plain assignment would set a prototype); none of them ever reaches the answers.
    const raw = parsed as { a: object; t?: object };
    const carried = new Set([...Object.keys(raw.a), ...Object.keys(raw.t ?? {})]);
    const dropped = [...carried].filter((id) => !Object.hasOwn(answers, id) && !Object.hasOwn(notes, id));
    return {
      ok: true,
      answers,
      modelVersion: data.v,
      dropped: dropped.sort(),
      name: data.n,
      role: data.r,
      label: data.o,
      notes: Object.keys(notes).length ? notes : undefined,
    };
  } catch {
    // Defensive: every step above already reports its own failure.
    return fail({ code: 'damaged' });
  }
}

function pickCore(parsed: unknown): unknown {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return parsed;
  const { m, v, a } = parsed as Record<string, unknown>;
  return { m, v, a };
}
