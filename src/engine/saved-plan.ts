// The action plan's codec: what is saved of the plan, and how it is read back and seen as stamped fields (the
// mechanism is in stamped-data.ts). Pure functions: no storage, no clock.
import {
  ACTION_KINDS,
  type ActionKind,
  type ActionPlan,
  emptyPlan,
  isPlanDate,
  OWNER_MAX_LENGTH,
  PLAN_EFFORTS,
  PLAN_NOTE_MAX_LENGTH,
  PLAN_STATUSES,
  type PlanAction,
  planActionKey,
} from './action-plan';
import { isQuestionId } from './id-patterns';
import { createSalvageTally, isPlainKey, isRecord, type Sanitized, salvageJson, type Stamped, type StoreCodec } from './stamped-data';

/** 1: the first saved plan, stamped field by field. */
export const PLAN_SAVED_VERSION = 1;

export type SavedPlan = Stamped<ActionPlan>;

/** The highest rung a target can name; the model decides how many there are, this only bounds what is kept. */
const MAX_RUNG = 50;
const TIME_MAX_LENGTH = 40;
/** When an action was added, for one read without that time. */
const UNKNOWN_TIME = '1970-01-01T00:00:00.000Z';

const FIELDS = ['owner', 'due', 'status', 'effort', 'note', 'addedAt'] as const;
type Field = (typeof FIELDS)[number];
const DEFAULTS: Pick<PlanAction, Field> = { owner: '', due: '', status: 'todo', effort: '', note: '', addedAt: '' };

/** Splits an action key into its question id and kind; null when it is not one. */
export function parsePlanActionKey(key: string): { questionId: string; kind: ActionKind } | null {
  const colon = key.lastIndexOf(':');
  const questionId = key.slice(0, colon);
  const kind = key.slice(colon + 1);
  if (colon < 1 || !isQuestionId(questionId) || !(ACTION_KINDS as readonly string[]).includes(kind)) return null;
  return { questionId, kind: kind as ActionKind };
}

/**
 * Flat keys: `targetRung`, `targetDate`, and per action `a:<question id>:<kind>:<field>`, so two tabs editing
 * different actions, or different fields of one, change different fields. Default values are left out and an
 * action exists while any of its fields does, so unflatten(flatten(x)) is x and merging stays associative.
 */
function flatten(plan: ActionPlan): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  if (plan.targetRung !== null) flat.set('targetRung', plan.targetRung);
  if (plan.targetDate) flat.set('targetDate', plan.targetDate);
  for (const [key, action] of Object.entries(plan.actions)) {
    // `addedAt` is never empty in an action the app made or read (see sanitizePlan), so an action always has a field.
    for (const field of FIELDS) if (action[field] !== DEFAULTS[field]) flat.set(`a:${key}:${field}`, action[field]);
  }
  return flat;
}

function unflatten(flat: Map<string, unknown>): ActionPlan {
  const plan = emptyPlan();
  const rung = flat.get('targetRung');
  if (typeof rung === 'number') plan.targetRung = rung;
  plan.targetDate = (flat.get('targetDate') as string | undefined) ?? '';
  for (const [flatKey, value] of flat) {
    if (!flatKey.startsWith('a:')) continue;
    const lastColon = flatKey.lastIndexOf(':');
    const key = flatKey.slice(2, lastColon);
    const field = flatKey.slice(lastColon + 1) as Field;
    const parsed = parsePlanActionKey(key);
    if (!parsed || !(FIELDS as readonly string[]).includes(field)) continue;
    const action = (plan.actions[key] ??= { ...parsed, ...DEFAULTS });
    (action as unknown as Record<string, unknown>)[field] = value;
  }
  return plan;
}

/** Keeps every well-formed part of anything as a plan, counting what it dropped. Never throws. */
export function sanitizePlan(input: unknown): Sanitized<ActionPlan> {
  const plan = emptyPlan();
  if (!isRecord(input)) return { data: plan, dropped: input === undefined || input === null ? 0 : 1, shortened: [] };
  const tally = createSalvageTally();
  const { text } = tally;
  if (Number.isSafeInteger(input.targetRung) && (input.targetRung as number) >= 1 && (input.targetRung as number) <= MAX_RUNG) plan.targetRung = input.targetRung as number;
  else if (input.targetRung !== undefined && input.targetRung !== null) tally.dropped++;
  if (isPlanDate(input.targetDate)) plan.targetDate = input.targetDate;
  else if (input.targetDate !== undefined && input.targetDate !== '') tally.dropped++;

  const actions = input.actions;
  if (actions !== undefined && !isRecord(actions)) tally.dropped++;
  for (const [key, raw] of Object.entries(isRecord(actions) ? actions : {})) {
    const parsed = isPlainKey(key) ? parsePlanActionKey(key) : null;
    if (!parsed || !isRecord(raw)) {
      tally.dropped++;
      continue;
    }
    const status = (PLAN_STATUSES as readonly unknown[]).includes(raw.status) ? (raw.status as PlanAction['status']) : 'todo';
    if (raw.status !== undefined && raw.status !== status) tally.dropped++;
    const effort = (PLAN_EFFORTS as readonly unknown[]).includes(raw.effort) ? (raw.effort as PlanAction['effort']) : '';
    if (raw.effort !== undefined && raw.effort !== '' && raw.effort !== effort) tally.dropped++;
    const due = isPlanDate(raw.due) ? raw.due : '';
    if (raw.due !== undefined && raw.due !== '' && raw.due !== due) tally.dropped++;
    // Every action keeps a time it was added, so it never has all its fields empty (see flatten).
    const addedAt = typeof raw.addedAt === 'string' && raw.addedAt.length <= TIME_MAX_LENGTH && !Number.isNaN(Date.parse(raw.addedAt)) ? raw.addedAt : UNKNOWN_TIME;
    if (raw.addedAt !== undefined && addedAt === UNKNOWN_TIME && raw.addedAt !== UNKNOWN_TIME) tally.dropped++;
    plan.actions[planActionKey(parsed.questionId, parsed.kind)] = {
      ...parsed,
      owner: text(raw.owner, OWNER_MAX_LENGTH, 'owner'),
      due,
      status,
      effort,
      note: text(raw.note, PLAN_NOTE_MAX_LENGTH, 'note'),
      addedAt,
    };
  }
  return tally.result(plan);
}

function salvage(raw: string): ActionPlan | null {
  const parsed = salvageJson(raw);
  if (parsed === undefined) return null;
  const state = isRecord(parsed) && isRecord(parsed.state) ? parsed.state : parsed;
  const { data } = sanitizePlan(state);
  return Object.keys(data.actions).length || data.targetRung !== null ? data : null;
}

export const planCodec: StoreCodec<ActionPlan> = {
  version: PLAN_SAVED_VERSION,
  empty: emptyPlan,
  sanitize: sanitizePlan,
  salvage,
  flatten,
  unflatten,
  fallbackStamp: () => 1,
  count: (data) => (data ? Object.keys(data.actions).length : 0),
  fields: ['targetRung', 'targetDate', 'actions'],
};

/** Whether a plan holds anything worth keeping (an action or a target). */
export const planHasContent = (plan: ActionPlan): boolean =>
  Object.keys(plan.actions).length > 0 || plan.targetRung !== null || plan.targetDate !== '';
