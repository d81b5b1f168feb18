// The codec of a participant's answers for workshops they joined on their own device (participant mode): kept
// apart from their own assessment, one entry per workshop. The mechanism (stamps, merge across tabs, recovery) is
// stamped-data.ts's. Pure functions: no storage, no clock.
import { type AnswerValue, isAnswerValue } from './answers';
import { isQuestionId } from './id-patterns';
import { NAME_MAX_LENGTH, NOTE_MAX_LENGTH } from './limits';
import { INVITE_KEY_PATTERN } from './saved-workshop';
import { createSalvageTally, isPlainKey, isRecord, type Sanitized, salvageJson, type StoreCodec } from './stamped-data';

export const PARTICIPATION_SAVED_VERSION = 1;
/** The entry of the short join address (`#/join`, no token): a workshop without a title or roles of its own. */
export const OPEN_WORKSHOP_KEY = 'open';
const MAX_ROLES = 40;

/** One workshop as its participant on this device sees it, and what they answered. */
export interface Participation {
  title: string;
  /** The workshop's own roles (the built-in ones are the app's). */
  roles: string[];
  name: string;
  role: string;
  answers: Record<string, AnswerValue>;
  notes: Record<string, string>;
}

export interface ParticipationData {
  workshops: Record<string, Participation>;
}

export const emptyParticipationData = (): ParticipationData => ({ workshops: {} });
export const emptyParticipation = (): Participation => ({ title: '', roles: [], name: '', role: '', answers: {}, notes: {} });
export const isWorkshopKey = (key: unknown): key is string => typeof key === 'string' && INVITE_KEY_PATTERN.test(key);

const TEXTS = ['title', 'name', 'role'] as const;

/** Flat keys `w:<workshop>:<field>`, `w:<workshop>:answer:<question>` and `w:<workshop>:note:<question>`: tabs answering different questions merge. */
function flatten(data: ParticipationData): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, p] of Object.entries(data.workshops)) {
    for (const field of TEXTS) if (p[field]) flat.set(`w:${key}:${field}`, p[field]);
    if (p.roles.length) flat.set(`w:${key}:roles`, p.roles);
    for (const [id, value] of Object.entries(p.answers)) if (value !== undefined) flat.set(`w:${key}:answer:${id}`, value);
    for (const [id, note] of Object.entries(p.notes)) if (note) flat.set(`w:${key}:note:${id}`, note);
  }
  return flat;
}

function unflatten(flat: Map<string, unknown>): ParticipationData {
  const data = emptyParticipationData();
  for (const [flatKey, value] of flat) {
    const [, key = '', field = '', question] = flatKey.split(':');
    const p = (data.workshops[key] ??= emptyParticipation());
    if (field === 'answer' && question) p.answers[question] = value as AnswerValue;
    else if (field === 'note' && question) p.notes[question] = value as string;
    else if (field === 'roles') p.roles = value as string[];
    else if ((TEXTS as readonly string[]).includes(field)) p[field as (typeof TEXTS)[number]] = value as string;
  }
  return data;
}

function sanitize(input: unknown): Sanitized<ParticipationData> {
  const data = emptyParticipationData();
  if (!isRecord(input)) return { data, dropped: input === undefined || input === null ? 0 : 1, shortened: [] };
  const tally = createSalvageTally();
  const { text } = tally;
  const workshops = input.workshops;
  if (workshops !== undefined && !isRecord(workshops)) tally.dropped++;
  for (const [key, raw] of Object.entries(isRecord(workshops) ? workshops : {})) {
    if (!isWorkshopKey(key) || !isRecord(raw)) {
      tally.dropped++;
      continue;
    }
    const p = emptyParticipation();
    p.title = text(raw.title, NAME_MAX_LENGTH, 'title');
    p.name = text(raw.name, NAME_MAX_LENGTH, 'participantName');
    p.role = text(raw.role, NAME_MAX_LENGTH, 'participantRole');
    if (raw.roles !== undefined && !Array.isArray(raw.roles)) tally.dropped++;
    for (const role of Array.isArray(raw.roles) ? (raw.roles as unknown[]).slice(0, MAX_ROLES) : []) {
      const kept = text(role, NAME_MAX_LENGTH, 'workshopRole');
      if (kept) p.roles.push(kept);
    }
    for (const [id, value] of Object.entries(isRecord(raw.answers) ? raw.answers : {})) {
      if (isPlainKey(id) && isQuestionId(id) && isAnswerValue(value)) p.answers[id] = value;
      else tally.dropped++;
    }
    for (const [id, note] of Object.entries(isRecord(raw.notes) ? raw.notes : {})) {
      if (isPlainKey(id) && isQuestionId(id) && typeof note === 'string') {
        if (note.trim()) p.notes[id] = text(note, NOTE_MAX_LENGTH, 'note');
      } else tally.dropped++;
    }
    data.workshops[key] = p;
  }
  return tally.result(data);
}

function salvage(raw: string): ParticipationData | null {
  const parsed = salvageJson(raw);
  if (parsed === undefined) return null;
  const state = isRecord(parsed) && isRecord(parsed.state) ? parsed.state : parsed;
  const { data } = sanitize(state);
  return Object.keys(data.workshops).length ? data : null;
}

export const participationCodec: StoreCodec<ParticipationData> = {
  version: PARTICIPATION_SAVED_VERSION,
  empty: emptyParticipationData,
  sanitize,
  salvage,
  flatten,
  unflatten,
  fallbackStamp: () => 1,
  count: (data) => (data ? Object.values(data.workshops).reduce((n, p) => n + Object.keys(p.answers).length, 0) : 0),
  fields: ['workshops'],
};
