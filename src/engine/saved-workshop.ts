// The workshop's codec: what is saved of a workshop, and how it is read back and seen as stamped fields
// (the mechanism is in stamped-data.ts). Pure functions: no storage, no clock.
import { type AnswerValue, isAnswerValue } from './answers';
import { NAME_MAX_LENGTH, NOTE_MAX_LENGTH, REASON_MAX_LENGTH } from './limits';
import { isPlainKey, isRecord, type Sanitized, salvageJson, type Stamped, type StoreCodec } from './stamped-data';
import { isQuestionId } from './id-patterns';

/** 1 saved the workshop whole; 2 adds when each field last changed, so tabs can merge. */
export const WORKSHOP_SAVED_VERSION = 2;
const FILE_NAME_MAX_LENGTH = 300;
const FINGERPRINT_MAX_LENGTH = 200;

export interface ParticipantRecord {
  id: string;
  /** Typed by the facilitator; empty shows "Participant <number>". */
  name: string;
  number: number;
  source: 'file' | 'device' | 'browser' | 'link';
  fileName: string;
  answers: Record<string, AnswerValue>;
  addedAt: string;
  /** Identifies a file's content, so the same file is not added twice. */
  fingerprint: string;
  /** Role or department, when given: the room can be read by role. Absent when none. */
  role?: string;
  /** The participant's notes per question (evidence for the room). Absent when none. */
  notes?: Record<string, string>;
  /** When a turn on this device was finished (ISO time); absent while it is not. */
  finishedAt?: string;
}

/** What the facilitator recorded for one question (the shape of portability/workshop.ts's Agreement). */
export interface SavedAgreement {
  answer?: AnswerValue;
  reason?: string;
  /** The room has discussed it (an agenda item). */
  discussed?: boolean;
}

export interface WorkshopData {
  title: string;
  participants: ParticipantRecord[];
  agreements: Record<string, SavedAgreement>;
  /**
   * The participant taking a turn on this device, if any: while set, this browser shows nothing of the room
   * or of other participants' answers, in any tab, until the facilitator ends the turn.
   */
  turn?: string;
  /** Roles or departments the facilitator added to the built-in list (offered to participants who join). */
  roles?: string[];
  /** Tells this workshop's join links apart on a participant's phone (see portability/join-token.ts). */
  inviteKey?: string;
}

export type SavedWorkshop = Stamped<WorkshopData>;

const SOURCES = ['file', 'device', 'browser', 'link'] as const;
export const INVITE_KEY_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
// Participant ids are made by the app (`p-<time>-<n>-<random>`); no `:`, so they can sit inside a flat key.
const isParticipantId = (id: unknown): id is string => typeof id === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(id);

export const emptyWorkshop = (): WorkshopData => ({ title: '', participants: [], agreements: {} });

const META = ['name', 'source', 'fileName', 'addedAt', 'fingerprint'] as const;
/** Optional participant fields, saved only when set (older saves have none). */
const OPTIONAL_META = ['role', 'finishedAt'] as const;
const ROLE_MAX_LENGTH = NAME_MAX_LENGTH;
const DEFAULTS = { name: '', source: 'device', fileName: '', addedAt: '', fingerprint: '' } as const;

/**
 * Flat keys: `title`, `turn`; per participant `p:<id>:number`, `p:<id>:<field>`, `p:<id>:answer:<question>` and
 * `p:<id>:note:<question>`; per question `agreement:<question>:answer`, `:reason` and `:discussed`. So two tabs adding participants, answering for
 * different participants, or writing a reason, change different fields. Empty values are left out, and a
 * participant exists while any of its fields does: unflatten(flatten(x)) is x, which keeps merging
 * associative (an answer given after a removal brings that participant back rather than vanish).
 */
function flatten(data: WorkshopData): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  if (data.title) flat.set('title', data.title);
  if (data.turn) flat.set('turn', data.turn);
  for (const p of data.participants) {
    if (p.number) flat.set(`p:${p.id}:number`, p.number);
    for (const field of META) if (p[field] !== DEFAULTS[field]) flat.set(`p:${p.id}:${field}`, p[field]);
    for (const field of OPTIONAL_META) if (p[field]) flat.set(`p:${p.id}:${field}`, p[field]);
    for (const [id, value] of Object.entries(p.answers)) if (value !== undefined) flat.set(`p:${p.id}:answer:${id}`, value);
    for (const [id, note] of Object.entries(p.notes ?? {})) if (note) flat.set(`p:${p.id}:note:${id}`, note);
  }
  // One key per role, so roles added in two tabs are both kept.
  for (const role of data.roles ?? []) flat.set(`role:${role}`, true);
  if (data.inviteKey) flat.set('inviteKey', data.inviteKey);
  for (const [id, agreement] of Object.entries(data.agreements)) {
    if (agreement.answer !== undefined) flat.set(`agreement:${id}:answer`, agreement.answer);
    if (agreement.reason) flat.set(`agreement:${id}:reason`, agreement.reason);
    if (agreement.discussed) flat.set(`agreement:${id}:discussed`, true);
  }
  return flat;
}

function unflatten(flat: Map<string, unknown>): WorkshopData {
  const data = emptyWorkshop();
  data.title = (flat.get('title') as string | undefined) ?? '';
  const turn = flat.get('turn');
  if (typeof turn === 'string' && turn) data.turn = turn;
  const people = new Map<string, ParticipantRecord>();
  for (const [key, value] of flat) {
    if (key.startsWith('p:')) {
      const [, id = '', field = '', question] = key.split(':');
      let p = people.get(id);
      if (!p) people.set(id, (p = { id, number: 0, ...DEFAULTS, answers: {} }));
      if (field === 'answer' && question) p.answers[question] = value as AnswerValue;
      else if (field === 'note' && question) (p.notes ??= {})[question] = value as string;
      else if (field === 'number') p.number = value as number;
      else if ((META as readonly string[]).includes(field) || (OPTIONAL_META as readonly string[]).includes(field))
        (p as unknown as Record<string, unknown>)[field] = value;
    } else if (key.startsWith('agreement:')) {
      const [, id = '', field] = key.split(':');
      const agreement = (data.agreements[id] ??= {});
      if (field === 'answer') agreement.answer = value as AnswerValue;
      else if (field === 'reason') agreement.reason = value as string;
      else if (field === 'discussed' && value === true) agreement.discussed = true;
    } else if (key.startsWith('role:')) {
      (data.roles ??= []).push(key.slice(5));
    } else if (key === 'inviteKey') data.inviteKey = value as string;
  }
  data.roles?.sort((a, b) => a.localeCompare(b));
  // One order in every tab, whatever order the fields came in.
  data.participants = [...people.values()].sort((a, b) => a.number - b.number || a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  return data;
}

function sanitize(input: unknown): Sanitized<WorkshopData> {
  const data = emptyWorkshop();
  let dropped = 0;
  const shortened = new Set<string>();
  if (!isRecord(input)) return { data, dropped: input === undefined || input === null ? 0 : 1, shortened: [] };
  // Text longer than this version allows is shortened (the original is kept aside by the caller), and said.
  const text = (value: unknown, max: number, kind: string, fallback = ''): string => {
    if (typeof value !== 'string') {
      if (value !== undefined) dropped++;
      return fallback;
    }
    if (value.length <= max) return value;
    shortened.add(kind);
    return value.slice(0, max);
  };
  data.title = text(input.title, NAME_MAX_LENGTH, 'title');
  if (isParticipantId(input.turn)) data.turn = input.turn;
  else if (input.turn !== undefined) dropped++;

  const participants = input.participants;
  if (participants !== undefined && !Array.isArray(participants)) dropped++;
  const seen = new Set<string>();
  for (const raw of Array.isArray(participants) ? (participants as unknown[]) : []) {
    // A participant is kept whenever it can be told apart; only its bad fields are dropped.
    if (!isRecord(raw) || !isParticipantId(raw.id) || seen.has(raw.id)) {
      dropped++;
      continue;
    }
    seen.add(raw.id);
    const number = Number.isSafeInteger(raw.number) && (raw.number as number) >= 1 ? (raw.number as number) : 0;
    if (!number) dropped++;
    const source = (SOURCES as readonly unknown[]).includes(raw.source) ? (raw.source as ParticipantRecord['source']) : 'file';
    if (raw.source !== source) dropped++;
    const answers: Record<string, AnswerValue> = {};
    const rawAnswers = isRecord(raw.answers) ? raw.answers : {};
    if (raw.answers !== undefined && !isRecord(raw.answers)) dropped++;
    for (const [id, value] of Object.entries(rawAnswers)) {
      if (isPlainKey(id) && isQuestionId(id) && isAnswerValue(value)) answers[id] = value;
      else dropped++;
    }
    const record: ParticipantRecord = {
      id: raw.id,
      name: text(raw.name, NAME_MAX_LENGTH, 'participantName'),
      number,
      source,
      fileName: text(raw.fileName, FILE_NAME_MAX_LENGTH, 'fileName'),
      answers,
      addedAt: text(raw.addedAt, 40, 'addedAt'),
      fingerprint: text(raw.fingerprint, FINGERPRINT_MAX_LENGTH, 'fingerprint'),
    };
    const role = text(raw.role, ROLE_MAX_LENGTH, 'role');
    if (role) record.role = role;
    const finishedAt = text(raw.finishedAt, 40, 'finishedAt');
    if (finishedAt) record.finishedAt = finishedAt;
    if (raw.notes !== undefined && !isRecord(raw.notes)) dropped++;
    for (const [id, note] of Object.entries(isRecord(raw.notes) ? raw.notes : {})) {
      if (!isPlainKey(id) || !isQuestionId(id) || typeof note !== 'string') dropped++;
      else if (note) (record.notes ??= {})[id] = text(note, NOTE_MAX_LENGTH, 'note');
    }
    data.participants.push(record);
  }
  // A participant whose number was unreadable gets the next free one.
  let next = Math.max(0, ...data.participants.map((p) => p.number));
  for (const p of data.participants) if (!p.number) p.number = ++next;

  const agreements = input.agreements;
  if (agreements !== undefined && !isRecord(agreements)) dropped++;
  for (const [id, raw] of Object.entries(isRecord(agreements) ? agreements : {})) {
    if (!isPlainKey(id) || !isQuestionId(id) || !isRecord(raw)) {
      dropped++;
      continue;
    }
    const agreement: SavedAgreement = {};
    if (isAnswerValue(raw.answer)) agreement.answer = raw.answer;
    else if (raw.answer !== undefined) dropped++;
    const reason = text(raw.reason, REASON_MAX_LENGTH, 'reason');
    if (reason) agreement.reason = reason;
    if (raw.discussed === true) agreement.discussed = true;
    else if (raw.discussed !== undefined && raw.discussed !== false) dropped++;
    if (agreement.answer !== undefined || agreement.reason || agreement.discussed) data.agreements[id] = agreement;
  }
  if (input.roles !== undefined && !Array.isArray(input.roles)) dropped++;
  const roles = new Set<string>();
  for (const role of Array.isArray(input.roles) ? (input.roles as unknown[]) : []) {
    const kept = text(role, ROLE_MAX_LENGTH, 'workshopRole').trim();
    if (kept) roles.add(kept);
    else dropped++;
  }
  if (roles.size) data.roles = [...roles].sort((a, b) => a.localeCompare(b));
  if (typeof input.inviteKey === 'string' && INVITE_KEY_PATTERN.test(input.inviteKey)) data.inviteKey = input.inviteKey;
  else if (input.inviteKey !== undefined) dropped++;
  return { data, dropped, shortened: [...shortened] };
}

function salvage(raw: string): WorkshopData | null {
  const parsed = salvageJson(raw);
  if (parsed === undefined) return null;
  const state = isRecord(parsed) && isRecord(parsed.state) ? parsed.state : parsed;
  const { data } = sanitize(state);
  return data.participants.length || data.title || Object.keys(data.agreements).length ? data : null;
}

export const workshopCodec: StoreCodec<WorkshopData> = {
  version: WORKSHOP_SAVED_VERSION,
  empty: emptyWorkshop,
  sanitize,
  salvage,
  flatten,
  unflatten,
  // Fields saved without a stamp (version 1, damaged data) count as changed long ago: any later change wins.
  fallbackStamp: () => 1,
  count: (data) => data?.participants.length ?? 0,
  fields: ['title', 'participants', 'agreements', 'turn', 'roles', 'inviteKey'],
};

/** Whether parsed JSON looks like a saved workshop (rather than an assessment), so it can be told apart on import. */
export const looksLikeWorkshop = (state: unknown): boolean => isRecord(state) && Array.isArray(state.participants);
