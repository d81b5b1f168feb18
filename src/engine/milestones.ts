// Milestones: dated, labelled snapshots of the answers, notes and plan, kept to see the trend and to compare with.
// The codec (stamped-data.ts does the rest), the trend across milestones, and what the plan achieved since one.
// Pure: no storage, no clock.
import { type AnswerValue, type Answers, isAnswerValue, isLevel } from './answers';
import { assess } from './assess';
import type { ActionKind, ActionPlan } from './action-plan';
import { isQuestionId } from './id-patterns';
import { NOTE_MAX_LENGTH } from './limits';
import { MAX_MILESTONES, MILESTONE_LABEL_MAX_LENGTH } from './plan-values';
import type { ModelStructure } from './model-types';
import { sanitizePlan } from './saved-plan';
import { isPlainKey, isRecord, type Sanitized, salvageJson, type Stamped, type StoreCodec } from './stamped-data';

/** 1: the first saved list of milestones, one stamped field per milestone. */
export const MILESTONES_SAVED_VERSION = 1;
export { MAX_MILESTONES, MILESTONE_LABEL_MAX_LENGTH };

export interface Milestone {
  id: string;
  label: string;
  /** ISO time it was saved. */
  savedAt: string;
  answers: Record<string, AnswerValue>;
  notes: Record<string, string>;
  plan: ActionPlan;
}

export interface MilestoneList {
  /** Oldest first. */
  milestones: Milestone[];
}

export type SavedMilestones = Stamped<MilestoneList>;

export const emptyMilestones = (): MilestoneList => ({ milestones: [] });

/** Ids are made by the app (`m-<time>-<n>-<random>`); no `:`, so they sit in a flat key. */
export const isMilestoneId = (id: unknown): id is string => typeof id === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(id);

/** Oldest first; equal times by id, so every tab shows one order. */
export const sortMilestones = (milestones: readonly Milestone[]): Milestone[] =>
  [...milestones].sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));

/** Keeps a well-formed milestone, or null; counts what it had to drop of it. */
export function sanitizeMilestone(raw: unknown): { milestone: Milestone | null; dropped: number; shortened: string[] } {
  if (!isRecord(raw) || !isMilestoneId(raw.id) || typeof raw.savedAt !== 'string' || Number.isNaN(Date.parse(raw.savedAt)) || raw.savedAt.length > 40) {
    return { milestone: null, dropped: 1, shortened: [] };
  }
  let dropped = 0;
  const shortened = new Set<string>();
  let label = typeof raw.label === 'string' ? raw.label : '';
  if (raw.label !== undefined && typeof raw.label !== 'string') dropped++;
  if (label.length > MILESTONE_LABEL_MAX_LENGTH) {
    shortened.add('label');
    label = label.slice(0, MILESTONE_LABEL_MAX_LENGTH);
  }
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(isRecord(raw.answers) ? raw.answers : {})) {
    if (isPlainKey(id) && isQuestionId(id) && isAnswerValue(value)) answers[id] = value;
    else dropped++;
  }
  const notes: Record<string, string> = {};
  for (const [id, note] of Object.entries(isRecord(raw.notes) ? raw.notes : {})) {
    if (isPlainKey(id) && isQuestionId(id) && typeof note === 'string') {
      if (!note.trim()) continue;
      if (note.length > NOTE_MAX_LENGTH) shortened.add('note');
      notes[id] = note.slice(0, NOTE_MAX_LENGTH);
    } else dropped++;
  }
  const plan = sanitizePlan(raw.plan);
  for (const kind of plan.shortened) shortened.add(kind);
  return { milestone: { id: raw.id, label, savedAt: raw.savedAt, answers, notes, plan: plan.data }, dropped: dropped + plan.dropped, shortened: [...shortened] };
}

function sanitize(input: unknown): Sanitized<MilestoneList> {
  if (!isRecord(input)) return { data: emptyMilestones(), dropped: input === undefined || input === null ? 0 : 1, shortened: [] };
  let dropped = 0;
  const shortened = new Set<string>();
  const list = input.milestones;
  if (list !== undefined && !Array.isArray(list)) dropped++;
  const byId = new Map<string, Milestone>();
  for (const raw of Array.isArray(list) ? (list as unknown[]) : []) {
    const result = sanitizeMilestone(raw);
    dropped += result.dropped;
    for (const kind of result.shortened) shortened.add(kind);
    if (!result.milestone || byId.has(result.milestone.id)) {
      if (result.milestone) dropped++;
      continue;
    }
    byId.set(result.milestone.id, result.milestone);
  }
  const milestones = sortMilestones([...byId.values()]);
  if (milestones.length > MAX_MILESTONES) dropped += milestones.length - MAX_MILESTONES;
  return { data: { milestones: milestones.slice(-MAX_MILESTONES) }, dropped, shortened: [...shortened] };
}

/**
 * Flat keys: one per milestone, `m:<id>`, holding the whole snapshot. A milestone never changes once saved, so two
 * tabs saving or deleting milestones change different fields, and a deletion is a stamped removal.
 */
function flatten(data: MilestoneList): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const { id, ...rest } of data.milestones) flat.set(`m:${id}`, rest);
  return flat;
}

function unflatten(flat: Map<string, unknown>): MilestoneList {
  const milestones: Milestone[] = [];
  for (const [key, value] of flat) if (key.startsWith('m:')) milestones.push({ id: key.slice(2), ...(value as Omit<Milestone, 'id'>) });
  return { milestones: sortMilestones(milestones) };
}

function salvage(raw: string): MilestoneList | null {
  const parsed = salvageJson(raw);
  if (parsed === undefined) return null;
  const state = isRecord(parsed) && isRecord(parsed.state) ? parsed.state : parsed;
  const { data } = sanitize(state);
  return data.milestones.length ? data : null;
}

export const milestonesCodec: StoreCodec<MilestoneList> = {
  version: MILESTONES_SAVED_VERSION,
  empty: emptyMilestones,
  sanitize,
  salvage,
  flatten,
  unflatten,
  fallbackStamp: () => 1,
  count: (data) => data?.milestones.length ?? 0,
  fields: ['milestones'],
};

/** Milestones from a file added to the ones here: a milestone already here (same id) is kept as it is. */
export function mergeMilestoneLists(here: readonly Milestone[], incoming: readonly Milestone[]): Milestone[] {
  const ids = new Set(here.map((m) => m.id));
  return sortMilestones([...here, ...incoming.filter((m) => !ids.has(m.id))]).slice(-MAX_MILESTONES);
}

export interface TrendPoint {
  /** null for the current answers. */
  id: string | null;
  label: string;
  /** ISO time. */
  date: string;
  placement: number;
  overallIndex: number | null;
  /** Each stage's score (0-100, null when not rated), in stage order. */
  stages: { stageId: string; order: number; score: number | null }[];
}

/** The trend across milestones, oldest first, and the current answers last when given: placement, index and stage scores. */
export function buildTrend(model: ModelStructure, milestones: readonly Milestone[], current?: { answers: Answers; date: string; label: string }): TrendPoint[] {
  const point = (id: string | null, label: string, date: string, answers: Answers): TrendPoint => {
    const result = assess(model, answers);
    return {
      id,
      label,
      date,
      placement: result.placement,
      overallIndex: result.overallIndex,
      stages: result.stages.map((s) => ({ stageId: s.stageId, order: s.order, score: s.score })),
    };
  };
  return [...sortMilestones(milestones).map((m) => point(m.id, m.label, m.savedAt, m.answers)), ...(current ? [point(null, current.label, current.date, current.answers)] : [])];
}

export type AnswerMovement = 'up' | 'down' | 'changed' | 'same';

export interface ActionProgress {
  key: string;
  questionId: string;
  kind: ActionKind;
  /** Whether the earlier plan already had it done. */
  doneBefore: boolean;
  before: AnswerValue | undefined;
  after: AnswerValue | undefined;
  /** How the answer the action targets moved: up or down a level, changed (to or from "don't know" or no answer), or not at all. */
  movement: AnswerMovement;
}

/** How one answer moved between two assessments. */
export function answerMovement(before: AnswerValue | undefined, after: AnswerValue | undefined): AnswerMovement {
  if (before === after) return 'same';
  if (isLevel(before) && isLevel(after)) return after > before ? 'up' : 'down';
  return 'changed';
}

/**
 * What the plan achieved since an earlier assessment: the actions done now (the earlier plan's done ones marked),
 * each with how the answer it targets moved. In the order of the model's questions.
 */
export function comparePlanProgress(
  model: ModelStructure,
  earlier: { answers: Answers; plan?: ActionPlan | null },
  current: { answers: Answers; plan: ActionPlan },
): ActionProgress[] {
  const order = new Map(model.stages.flatMap((s) => s.questions.map((q) => [q.id, q.index] as const)));
  return Object.entries(current.plan.actions)
    .filter(([, action]) => action.status === 'done' && order.has(action.questionId))
    .map(([key, action]): ActionProgress => {
      const before = earlier.answers[action.questionId];
      const after = current.answers[action.questionId];
      return {
        key,
        questionId: action.questionId,
        kind: action.kind,
        doneBefore: earlier.plan?.actions[key]?.status === 'done',
        before,
        after,
        movement: answerMovement(before, after),
      };
    })
    .sort((a, b) => order.get(a.questionId)! - order.get(b.questionId)! || a.key.localeCompare(b.key));
}
