// What is saved in the browser, and how it is read back, migrated and merged. Pure functions: no storage, no clock.
import { type AnswerValue, isAnswerValue } from '../engine/answers';
import type { PersistedAssessment } from '../engine/assessment-data';
import { NOTE_MAX_LENGTH, PROFILE_TEXT_MAX } from '../engine/limits';
import { EMPTY_PROFILE, type Profile, SECTORS, SIZES } from '../engine/profile';

/** The shape's version: 1 saved the answers alone; 2 adds when each field last changed, so tabs can merge. */
export const SAVED_VERSION = 2;

/**
 * When each field last changed, in ms since 1970, keyed `answer:<id>`, `note:<id>`, `profile:<field>`,
 * `startedAt` and `updatedAt`. A stamp whose field is absent records a removal, so a cleared answer or a
 * start-over in one tab is not brought back by another.
 */
export type Stamps = Record<string, number>;

export interface SavedAssessment extends PersistedAssessment {
  stamps: Stamps;
}

/** Why saved data could not be taken as it was. */
export type ReadNotice = 'corrupt' | 'older' | 'newer';

export interface ReadResult {
  /** What could be used; null when nothing was saved or nothing could be recovered. */
  data: SavedAssessment | null;
  notice: ReadNotice | null;
  /** The version the data was written with, when it says. */
  version: number | null;
}

const PROFILE_FIELDS = ['organization', 'sector', 'size', 'role'] as const;
const MAX_KEY_LENGTH = 200;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
// Own, plain keys only: nothing like `__proto__` reaches an object literal.
const isPlainKey = (key: string) => key.length > 0 && key.length <= MAX_KEY_LENGTH && key !== '__proto__';

export const emptySaved = (): SavedAssessment => ({
  answers: {},
  notes: {},
  profile: { ...EMPTY_PROFILE },
  startedAt: null,
  updatedAt: null,
  stamps: {},
});

/** Every field as one flat map (absent fields are missing), the unit of stamping and merging. */
function flatten(data: PersistedAssessment): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [id, value] of Object.entries(data.answers)) if (value !== undefined) flat.set(`answer:${id}`, value);
  for (const [id, note] of Object.entries(data.notes)) if (note !== undefined) flat.set(`note:${id}`, note);
  for (const field of PROFILE_FIELDS) flat.set(`profile:${field}`, data.profile[field]);
  flat.set('startedAt', data.startedAt);
  flat.set('updatedAt', data.updatedAt);
  return flat;
}

function unflatten(flat: Map<string, unknown>): PersistedAssessment {
  const answers: Record<string, AnswerValue> = {};
  const notes: Record<string, string> = {};
  const profile: Profile = { ...EMPTY_PROFILE };
  for (const [key, value] of flat) {
    if (key.startsWith('answer:')) answers[key.slice(7)] = value as AnswerValue;
    else if (key.startsWith('note:')) notes[key.slice(5)] = value as string;
  }
  for (const field of PROFILE_FIELDS) (profile as unknown as Record<string, unknown>)[field] = flat.get(`profile:${field}`) ?? '';
  return {
    answers,
    notes,
    profile,
    startedAt: (flat.get('startedAt') as string | null | undefined) ?? null,
    updatedAt: (flat.get('updatedAt') as string | null | undefined) ?? null,
  };
}

/**
 * Stamps every field that differs between `before` and `after` with `now` (or just past its previous
 * stamp, should the clock have gone back). Returns `stamps` itself when nothing changed.
 */
export function stampChanges(before: PersistedAssessment, after: PersistedAssessment, stamps: Stamps, now: number): Stamps {
  const a = flatten(before);
  const b = flatten(after);
  let next: Stamps | null = null;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(key) === b.get(key)) continue;
    next ??= { ...stamps };
    next[key] = Math.max(now, (stamps[key] ?? 0) + 1);
  }
  return next ?? stamps;
}

// Equal stamps (two tabs in the same millisecond) are settled by the value, so every tab picks the same one.
const rank = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));

/**
 * Merges two saved copies field by field: the later change wins, a removal included. Commutative,
 * associative and idempotent, so tabs that exchange their copies in any order agree.
 */
export function mergeSaved(x: SavedAssessment, y: SavedAssessment): SavedAssessment {
  const a = flatten(x);
  const b = flatten(y);
  const merged = new Map<string, unknown>();
  const stamps: Stamps = {};
  for (const key of new Set([...a.keys(), ...b.keys(), ...Object.keys(x.stamps), ...Object.keys(y.stamps)])) {
    const sa = x.stamps[key] ?? 0;
    const sb = y.stamps[key] ?? 0;
    const va = a.get(key);
    const vb = b.get(key);
    const value = sa > sb ? va : sb > sa ? vb : rank(va) >= rank(vb) ? va : vb;
    if (value !== undefined) merged.set(key, value);
    if (Math.max(sa, sb) > 0) stamps[key] = Math.max(sa, sb);
  }
  return { ...unflatten(merged), stamps };
}

/** Keeps every well-formed field of anything and counts what it had to drop. Never throws. */
export function sanitizeSaved(input: unknown): { data: SavedAssessment; dropped: number } {
  const data = emptySaved();
  let dropped = 0;
  if (!isRecord(input)) return { data, dropped: input === undefined || input === null ? 0 : 1 };
  const section = (name: string) => {
    const value = input[name];
    if (value === undefined) return {};
    if (isRecord(value)) return value;
    dropped++;
    return {};
  };
  for (const [id, value] of Object.entries(section('answers'))) {
    if (isPlainKey(id) && isAnswerValue(value)) data.answers[id] = value;
    else dropped++;
  }
  for (const [id, note] of Object.entries(section('notes'))) {
    if (isPlainKey(id) && typeof note === 'string') {
      if (note.trim()) data.notes[id] = note.slice(0, NOTE_MAX_LENGTH);
    } else dropped++;
  }
  const profile = section('profile');
  for (const field of ['organization', 'role'] as const) {
    const value = profile[field];
    if (typeof value === 'string') data.profile[field] = value.slice(0, PROFILE_TEXT_MAX);
    else if (value !== undefined) dropped++;
  }
  if ((SECTORS as readonly unknown[]).includes(profile.sector)) data.profile.sector = profile.sector as Profile['sector'];
  else if (profile.sector !== undefined && profile.sector !== '') dropped++;
  if ((SIZES as readonly unknown[]).includes(profile.size)) data.profile.size = profile.size as Profile['size'];
  else if (profile.size !== undefined && profile.size !== '') dropped++;
  for (const field of ['startedAt', 'updatedAt'] as const) {
    const value = input[field];
    if (isTime(value)) data[field] = value;
    else if (value !== undefined && value !== null) dropped++;
  }
  for (const [key, stamp] of Object.entries(section('stamps'))) {
    if (isPlainKey(key) && typeof stamp === 'number' && Number.isFinite(stamp) && stamp > 0) data.stamps[key] = stamp;
    else dropped++;
  }
  // Fields saved without a stamp (version 1, or damaged data) count as changed when the copy was last saved.
  const fallback = data.updatedAt ? Date.parse(data.updatedAt) : 1;
  for (const key of flatten(data).keys()) data.stamps[key] ??= fallback;
  return { data, dropped };
}

/** Brings data saved by any version to this one's shape, keeping what it understands. */
export function migrateSaved(state: unknown, version: number): { data: SavedAssessment; notice: ReadNotice | null } {
  const { data, dropped } = sanitizeSaved(state);
  if (version > SAVED_VERSION) return { data, notice: 'newer' };
  // Version 1 had no stamps: sanitizeSaved dates every field at the copy's updatedAt.
  if (version === 1) return { data, notice: dropped ? 'corrupt' : 'older' };
  if (version === SAVED_VERSION) return { data, notice: dropped ? 'corrupt' : null };
  return { data, notice: 'corrupt' };
}

/** Answers that can still be read from text that is no longer JSON (e.g. a write cut short). */
function salvageAnswers(raw: string): SavedAssessment | null {
  const section = /"answers"\s*:\s*\{([^}]*)/.exec(raw)?.[1];
  if (!section) return null;
  const data = emptySaved();
  for (const [, id, value] of section.matchAll(/"([a-z0-9]+(?:-[a-z0-9]+)*)"\s*:\s*([0-4]|"dont-know")(?=\s*[,}]|\s*$)/g)) {
    const answer: unknown = value === '"dont-know"' ? 'dont-know' : Number(value);
    if (id && isAnswerValue(answer)) {
      data.answers[id] = answer;
      data.stamps[`answer:${id}`] = 1;
    }
  }
  return Object.keys(data.answers).length ? data : null;
}

/** Reads what the store saved (`{ state, version }` as JSON), whatever happened to it. Never throws. */
export function readSaved(raw: string | null): ReadResult {
  if (raw === null) return { data: null, notice: null, version: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { data: salvageAnswers(raw), notice: 'corrupt', version: null };
  }
  if (!isRecord(parsed) || !isRecord(parsed.state) || typeof parsed.version !== 'number') {
    // Not the envelope: keep whatever fields are recognisable, at the top level or inside `state`.
    const inner = isRecord(parsed) && isRecord(parsed.state) ? parsed.state : parsed;
    const { data } = sanitizeSaved(inner);
    return { data, notice: 'corrupt', version: null };
  }
  const { data, notice } = migrateSaved(parsed.state, parsed.version);
  return { data, notice, version: parsed.version };
}

/** The JSON the store saves. */
export const serializeSaved = (data: SavedAssessment): string => JSON.stringify({ state: data, version: SAVED_VERSION });

/** The number of answers, for messages. */
export const countAnswers = (data: PersistedAssessment | null): number => (data ? Object.keys(data.answers).length : 0);
