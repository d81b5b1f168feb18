// The assessment's codec: what is saved in the browser, and how it is read back, migrated and merged
// (the mechanism itself is in stamped-data.ts). Pure functions: no storage, no clock.
import { type AnswerValue, isAnswerValue } from './answers';
import type { PersistedAssessment } from './assessment-data';
import { NOTE_MAX_LENGTH, PROFILE_TEXT_MAX } from './limits';
import { EMPTY_PROFILE, type Profile, SECTORS, SIZES } from './profile';
import {
  isPlainKey,
  isRecord,
  mergeStamped,
  migrateStamped,
  type ReadNotice,
  readStored,
  type Sanitized,
  sanitizeStamped,
  serializeStored,
  type Stamped,
  type Stamps,
  stampChanges as stampCodecChanges,
  type StoreCodec,
} from './stamped-data';
import { SLUG_SOURCE } from './id-patterns';

export type { ReadNotice, Stamps };

/** The shape's version: 1 saved the answers alone; 2 adds when each field last changed, so tabs can merge. */
export const SAVED_VERSION = 2;

/**
 * What is saved, with when each field last changed, keyed `answer:<id>`, `note:<id>`, `profile:<field>`,
 * `startedAt` and `updatedAt`.
 */
export type SavedAssessment = Stamped<PersistedAssessment>;

export interface ReadResult {
  /** What could be used; null when nothing was saved or nothing could be recovered. */
  data: SavedAssessment | null;
  notice: ReadNotice | null;
  /** The version the data was written with, when it says. */
  version: number | null;
}

const PROFILE_FIELDS = ['organization', 'sector', 'size', 'role'] as const;

const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

export const emptySaved = (): SavedAssessment => ({ ...emptyPersisted(), stamps: {} });

const emptyPersisted = (): PersistedAssessment => ({ answers: {}, notes: {}, profile: { ...EMPTY_PROFILE }, startedAt: null, updatedAt: null });

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

function sanitize(input: unknown): Sanitized<PersistedAssessment> {
  const data = emptyPersisted();
  let dropped = 0;
  const shortened = new Set<string>();
  if (!isRecord(input)) return { data, dropped: input === undefined || input === null ? 0 : 1, shortened: [] };
  const section = (name: string) => {
    const value = input[name];
    if (value === undefined) return {};
    if (isRecord(value)) return value;
    dropped++;
    return {};
  };
  // Text longer than this version allows is shortened (the original is kept aside by the caller), and said.
  const fit = (text: string, max: number, kind: string) => {
    if (text.length <= max) return text;
    shortened.add(kind);
    return text.slice(0, max);
  };
  for (const [id, value] of Object.entries(section('answers'))) {
    if (isPlainKey(id) && isAnswerValue(value)) data.answers[id] = value;
    else dropped++;
  }
  for (const [id, note] of Object.entries(section('notes'))) {
    if (isPlainKey(id) && typeof note === 'string') {
      if (note.trim()) data.notes[id] = fit(note, NOTE_MAX_LENGTH, 'note');
    } else dropped++;
  }
  const profile = section('profile');
  for (const field of ['organization', 'role'] as const) {
    const value = profile[field];
    if (typeof value === 'string') data.profile[field] = fit(value, PROFILE_TEXT_MAX, field);
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
  return { data, dropped, shortened: [...shortened] };
}

/** One `"question-id": answer` pair in what is left of the answers object. */
const SALVAGE_ANSWER = new RegExp(`"(?<id>${SLUG_SOURCE})"\\s*:\\s*(?<value>[0-4]|"dont-know")(?=\\s*[,}]|\\s*$)`, 'g');

/** Answers that can still be read from text that is no longer JSON (e.g. a write cut short). */
function salvage(raw: string): PersistedAssessment | null {
  const section = /"answers"\s*:\s*\{([^}]*)/.exec(raw)?.[1];
  if (!section) return null;
  const data = emptyPersisted();
  for (const { groups } of section.matchAll(SALVAGE_ANSWER)) {
    const { id, value } = groups!;
    const answer: unknown = value === '"dont-know"' ? 'dont-know' : Number(value);
    if (id && isAnswerValue(answer)) data.answers[id] = answer;
  }
  return Object.keys(data.answers).length ? data : null;
}

/** The number of answers, for messages. */
export const countAnswers = (data: PersistedAssessment | null): number => (data ? Object.keys(data.answers).length : 0);

export const assessmentCodec: StoreCodec<PersistedAssessment> = {
  version: SAVED_VERSION,
  empty: emptyPersisted,
  sanitize,
  salvage,
  flatten,
  unflatten,
  // Fields saved without a stamp (version 1, or damaged data) count as changed when the copy was last saved.
  fallbackStamp: (data) => (data.updatedAt ? Date.parse(data.updatedAt) : 1),
  count: countAnswers,
  fields: ['answers', 'notes', 'profile', 'startedAt', 'updatedAt'],
};

/** Stamps every field that differs between `before` and `after` (see stamped-data.ts). */
export const stampChanges = (before: PersistedAssessment, after: PersistedAssessment, stamps: Stamps, now: number): Stamps =>
  stampCodecChanges(assessmentCodec, before, after, stamps, now);

/** Merges two saved copies field by field: the later change wins, a removal included. */
export const mergeSaved = (x: SavedAssessment, y: SavedAssessment): SavedAssessment => mergeStamped(assessmentCodec, x, y);

/** Keeps every well-formed field of anything and counts what it had to drop. Never throws. */
export const sanitizeSaved = (input: unknown) => sanitizeStamped(assessmentCodec, input);

/** Brings data saved by any version to this one's shape, keeping what it understands. */
export function migrateSaved(state: unknown, version: number): { data: SavedAssessment; notice: ReadNotice | null } {
  const { data, notice } = migrateStamped(assessmentCodec, state, version);
  return { data, notice };
}

/** Reads what the store saved (`{ state, version }` as JSON), whatever happened to it. Never throws. */
export function readSaved(raw: string | null): ReadResult {
  const { data, notice, version } = readStored(assessmentCodec, raw);
  return { data, notice, version };
}

/** The JSON the store saves. */
export const serializeSaved = (data: SavedAssessment): string => serializeStored(assessmentCodec, data);
