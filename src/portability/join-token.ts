// The token of a workshop's join address, `#/join/<token>`: what a participant's phone needs to know of the
// workshop, with no server: its title, the roles on offer, and a key that keeps its answers apart from another
// workshop's. base64url of [version: 1 byte][UTF-8 JSON {k, t, r}][CRC-32 of what precedes: 4 bytes].
import { NAME_MAX_LENGTH } from '../engine/limits';
import { INVITE_KEY_PATTERN } from '../engine/saved-workshop';
import { fromBase64Url, toBase64Url } from './base64url';
import { crc32 } from './crc32';

export const JOIN_TOKEN_VERSION = 1;
/** At most this many of the workshop's own roles travel (the built-in ones are on every phone already). */
export const JOIN_MAX_ROLES = 20;
const MAX_TOKEN_CHARS = 8_000;

export interface Invite {
  key: string;
  title: string;
  roles: string[];
}

export type JoinTokenResult = { ok: true; invite: Invite } | { ok: false; problem: 'damaged' | 'newer-version' };

// eslint-disable-next-line no-control-regex
const clean = (text: string, max: number) => text.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, max);

/** The token for a workshop's invite. */
export function encodeJoinToken(invite: Invite): string {
  const json = JSON.stringify({ k: invite.key, t: clean(invite.title, NAME_MAX_LENGTH), r: invite.roles.slice(0, JOIN_MAX_ROLES).map((r) => clean(r, NAME_MAX_LENGTH)) });
  const text = new TextEncoder().encode(json);
  const bytes = new Uint8Array(1 + text.length + 4);
  bytes[0] = JOIN_TOKEN_VERSION;
  bytes.set(text, 1);
  new DataView(bytes.buffer).setUint32(bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4)));
  return toBase64Url(bytes);
}

/** Reads a token; any input gives a result, never an exception. */
export function decodeJoinToken(token: string): JoinTokenResult {
  const damaged: JoinTokenResult = { ok: false, problem: 'damaged' };
  if (!token || token.length > MAX_TOKEN_CHARS) return damaged;
  const bytes = fromBase64Url(token);
  if (!bytes || bytes.length < 6) return damaged;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(bytes.length - 4) !== crc32(bytes.subarray(0, bytes.length - 4))) return damaged;
  if (bytes[0]! > JOIN_TOKEN_VERSION) return { ok: false, problem: 'newer-version' };
  try {
    const body: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(1, bytes.length - 4)));
    if (typeof body !== 'object' || body === null) return damaged;
    const { k, t, r } = body as Record<string, unknown>;
    if (typeof k !== 'string' || !INVITE_KEY_PATTERN.test(k) || typeof t !== 'string' || t.length > NAME_MAX_LENGTH) return damaged;
    if (!Array.isArray(r) || r.length > JOIN_MAX_ROLES || !r.every((role) => typeof role === 'string' && role.length <= NAME_MAX_LENGTH)) return damaged;
    return { ok: true, invite: { key: k, title: clean(t, NAME_MAX_LENGTH), roles: (r as string[]).map((role) => clean(role, NAME_MAX_LENGTH)).filter(Boolean) } };
  } catch {
    return damaged;
  }
}

/** The join address for a token, from the page's own address (any origin or sub-path). */
export function buildJoinUrl(token: string, href: string): string {
  return `${href.split('#')[0]}#/join/${token}`;
}
