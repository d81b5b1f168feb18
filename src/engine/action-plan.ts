// The action plan's domain rules: what an action is, how the plan starts from the roadmap, and how it is seen
// by horizon and by time. Pure: dates come in as `yyyy-mm-dd` strings (engine/clock.ts's todayLocal).
import { HORIZONS, type Horizon, type Roadmap, type RoadmapItem } from './build-roadmap';

import { ACTION_KINDS, OWNER_MAX_LENGTH, PLAN_EFFORTS, PLAN_NOTE_MAX_LENGTH, PLAN_STATUSES } from './plan-values';

export { ACTION_KINDS, OWNER_MAX_LENGTH, PLAN_EFFORTS, PLAN_NOTE_MAX_LENGTH, PLAN_STATUSES };
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type PlanEffort = (typeof PLAN_EFFORTS)[number];
export type ActionKind = (typeof ACTION_KINDS)[number];

export interface PlanAction {
  questionId: string;
  kind: ActionKind;
  /** Who does it; empty until someone is named. */
  owner: string;
  /** `yyyy-mm-dd`, or empty. */
  due: string;
  status: PlanStatus;
  /** Empty until estimated. */
  effort: PlanEffort | '';
  note: string;
  /** When it entered the plan (ISO time). */
  addedAt: string;
}

export interface ActionPlan {
  /** The rung (stage order) the organisation aims for; null until set. */
  targetRung: number | null;
  /** `yyyy-mm-dd`, or empty. */
  targetDate: string;
  /** Keyed by `planActionKey(questionId, kind)`. */
  actions: Record<string, PlanAction>;
}

export const emptyPlan = (): ActionPlan => ({ targetRung: null, targetDate: '', actions: {} });

/** `<question id>:<kind>`: question ids are slugs, so the colon cannot be part of one. */
export const planActionKey = (questionId: string, kind: ActionKind): string => `${questionId}:${kind}`;

/** The kind of action a roadmap horizon asks for. */
export const actionKindOf = (horizon: Horizon): ActionKind => (horizon === 'find-out' ? 'find-out' : 'improve');

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether text is a real calendar date as `yyyy-mm-dd`. */
export function isPlanDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whole days from `from` to `to` (both `yyyy-mm-dd`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** A new action for a roadmap item, as "Add to plan" makes it. */
export function newPlanAction(questionId: string, kind: ActionKind, addedAt: string): PlanAction {
  return { questionId, kind, owner: '', due: '', status: 'todo', effort: '', note: '', addedAt };
}

/** Each roadmap item with its horizon and its key, in roadmap order. */
export function listRoadmapActions(roadmap: Roadmap): { key: string; horizon: Horizon; kind: ActionKind; item: RoadmapItem }[] {
  return HORIZONS.flatMap((horizon) =>
    roadmap[horizon].map((item) => {
      const kind = actionKindOf(horizon);
      return { key: planActionKey(item.questionId, kind), horizon, kind, item };
    }),
  );
}

/** Adds one roadmap item to the plan; an action already there is left as it is. */
export function addToPlan(plan: ActionPlan, questionId: string, kind: ActionKind, addedAt: string): ActionPlan {
  const key = planActionKey(questionId, kind);
  if (plan.actions[key]) return plan;
  return { ...plan, actions: { ...plan.actions, [key]: newPlanAction(questionId, kind, addedAt) } };
}

/**
 * The plan started from the roadmap in one step: every roadmap item not yet in the plan becomes an action to do;
 * actions already there keep what was written in them. With no target yet, the target becomes the next rung.
 */
export function planFromRoadmap(plan: ActionPlan, roadmap: Roadmap, placement: number, stageCount: number, addedAt: string): ActionPlan {
  let next = plan;
  for (const { item, kind } of listRoadmapActions(roadmap)) next = addToPlan(next, item.questionId, kind, addedAt);
  if (next.targetRung === null && placement < stageCount) next = { ...next, targetRung: placement + 1 };
  return next;
}

/** Whether an action still to do is past its due date. Done and dropped actions are never overdue. */
export function isOverdue(action: Pick<PlanAction, 'due' | 'status'>, today: string): boolean {
  return (action.status === 'todo' || action.status === 'in-progress') && isPlanDate(action.due) && daysBetween(today, action.due) < 0;
}

/** Whether the action is closed (done or dropped). */
export const isClosed = (action: Pick<PlanAction, 'status'>): boolean => action.status === 'done' || action.status === 'dropped';

/** Where a plan action sits on today's roadmap; 'off-roadmap' when the roadmap no longer lists it (its answer rose, say). */
export type PlanHorizon = Horizon | 'off-roadmap';
export const PLAN_HORIZONS: readonly PlanHorizon[] = [...HORIZONS, 'off-roadmap'];

export interface PlacedAction {
  key: string;
  action: PlanAction;
  horizon: PlanHorizon;
  /** The roadmap item (answer, stage), when the roadmap lists it. */
  item: RoadmapItem | undefined;
  overdue: boolean;
}

/** Roadmap order first (horizon, then priority), then actions off the roadmap by question id: one order everywhere. */
function placeActions(plan: ActionPlan, roadmap: Roadmap, today: string): PlacedAction[] {
  const listed = new Map(listRoadmapActions(roadmap).map((entry, index) => [entry.key, { ...entry, index }]));
  return Object.entries(plan.actions)
    .map(([key, action]) => {
      const entry = listed.get(key);
      return { key, action, horizon: entry?.horizon ?? ('off-roadmap' as const), item: entry?.item, overdue: isOverdue(action, today), index: entry?.index ?? Infinity };
    })
    .sort((a, b) => a.index - b.index || a.key.localeCompare(b.key))
    .map(({ index: _index, ...placed }) => placed);
}

export interface PlanGroup<G extends string> {
  group: G;
  actions: PlacedAction[];
}

/** The plan by roadmap horizon (Now, Next, …, then actions no longer on the roadmap); empty groups left out. */
export function groupPlanByHorizon(plan: ActionPlan, roadmap: Roadmap, today: string): PlanGroup<PlanHorizon>[] {
  const placed = placeActions(plan, roadmap, today);
  return PLAN_HORIZONS.map((group) => ({ group, actions: placed.filter((p) => p.horizon === group) })).filter((g) => g.actions.length > 0);
}

export const TIME_GROUPS = ['overdue', 'days-30', 'days-60', 'days-90', 'later', 'undated', 'closed'] as const;
export type TimeGroup = (typeof TIME_GROUPS)[number];

/** Which time group an action falls in on `today`: overdue first, then due within 30, 60, 90 days, later, without a date; done or dropped apart. */
export function timeGroupOf(action: Pick<PlanAction, 'due' | 'status'>, today: string): TimeGroup {
  if (isClosed(action)) return 'closed';
  if (!isPlanDate(action.due)) return 'undated';
  const days = daysBetween(today, action.due);
  if (days < 0) return 'overdue';
  if (days <= 30) return 'days-30';
  if (days <= 60) return 'days-60';
  if (days <= 90) return 'days-90';
  return 'later';
}

/** The plan by time from `today`; within a group, the earliest due first, then roadmap order. Empty groups left out. */
export function groupPlanByTime(plan: ActionPlan, roadmap: Roadmap, today: string): PlanGroup<TimeGroup>[] {
  const placed = placeActions(plan, roadmap, today);
  return TIME_GROUPS.map((group) => ({
    group,
    // A stable sort keeps roadmap order among equal dates.
    actions: placed.filter((p) => timeGroupOf(p.action, today) === group).sort((a, b) => (a.action.due || '9999').localeCompare(b.action.due || '9999')),
  })).filter((g) => g.actions.length > 0);
}

export interface PlanSummary {
  total: number;
  byStatus: Record<PlanStatus, number>;
  overdue: number;
  /** Days from today to the target date; null without one. */
  daysToTarget: number | null;
}

/** Counts for the plan's header: how many actions in each status, how many overdue, how long to the target date. */
export function summarizePlan(plan: ActionPlan, today: string): PlanSummary {
  const byStatus = Object.fromEntries(PLAN_STATUSES.map((s) => [s, 0])) as Record<PlanStatus, number>;
  let overdue = 0;
  for (const action of Object.values(plan.actions)) {
    byStatus[action.status]++;
    if (isOverdue(action, today)) overdue++;
  }
  return {
    total: Object.keys(plan.actions).length,
    byStatus,
    overdue,
    daysToTarget: isPlanDate(plan.targetDate) ? daysBetween(today, plan.targetDate) : null,
  };
}
