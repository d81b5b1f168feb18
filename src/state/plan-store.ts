// The action plan's store: every change stamped, saved through safe storage, merged with other tabs (see
// persisted-store.ts); the rules (plan from the roadmap, views, overdue) are the engine's (engine/action-plan.ts).
import {
  type ActionKind,
  type ActionPlan,
  addToPlan,
  emptyPlan,
  OWNER_MAX_LENGTH,
  PLAN_NOTE_MAX_LENGTH,
  type PlanAction,
  planFromRoadmap,
} from '../engine/action-plan';
import type { Roadmap } from '../engine/build-roadmap';
import { nowIso } from '../engine/clock';
import { planCodec, sanitizePlan } from '../engine/saved-plan';
import { pickData, type Stamped } from '../engine/stamped-data';
import { createPersistedStore, type PersistedStoreOptions, syncAcrossTabs } from './persisted-store';
import { watchStorageStatus } from './watched-statuses';

export const PLAN_STORAGE_KEY = 'peldano.plan';

/** What an edit may change in an action (its question and kind name it for good). */
export type ActionEdit = Partial<Pick<PlanAction, 'owner' | 'due' | 'status' | 'effort' | 'note'>>;

interface PlanActions {
  /** Adds one roadmap item; an action already in the plan is left as it is. */
  addAction: (questionId: string, kind: ActionKind) => void;
  /** Every roadmap item not yet in the plan, in one step (see planFromRoadmap). */
  addFromRoadmap: (roadmap: Roadmap, placement: number, stageCount: number) => void;
  editAction: (key: string, edit: ActionEdit) => void;
  /** Takes an action out; returns it, so the screen can offer to put it back. */
  removeAction: (key: string) => PlanAction | undefined;
  /** Puts back an action exactly as it was (undo of a removal). */
  restoreAction: (key: string, action: PlanAction) => void;
  setTarget: (target: { targetRung?: number | null; targetDate?: string }) => void;
  /** Replaces the whole plan (an import, an undo): anything untrusted is sanitized first. */
  replacePlan: (plan: ActionPlan | undefined) => void;
}

export type PlanState = Stamped<ActionPlan> & PlanActions;

export function createPlanStore(options: PersistedStoreOptions = {}) {
  return createPersistedStore<ActionPlan, PlanState>(
    planCodec,
    PLAN_STORAGE_KEY,
    (set, get) => ({
      ...emptyPlan(),
      addAction: (questionId, kind) => set((s) => ({ actions: addToPlan(s, questionId, kind, nowIso()).actions })),
      addFromRoadmap: (roadmap, placement, stageCount) =>
        set((s) => {
          const next = planFromRoadmap(pickData(planCodec, s), roadmap, placement, stageCount, nowIso());
          return { actions: next.actions, targetRung: next.targetRung };
        }),
      editAction: (key, edit) =>
        set((s) => {
          const action = s.actions[key];
          if (!action) return {};
          const clean: ActionEdit = { ...edit };
          if (clean.owner !== undefined) clean.owner = clean.owner.slice(0, OWNER_MAX_LENGTH);
          if (clean.note !== undefined) clean.note = clean.note.slice(0, PLAN_NOTE_MAX_LENGTH);
          return { actions: { ...s.actions, [key]: { ...action, ...clean } } };
        }),
      removeAction: (key) => {
        const removed = get().actions[key];
        if (removed) {
          set((s) => {
            const { [key]: _gone, ...actions } = s.actions;
            return { actions };
          });
        }
        return removed;
      },
      restoreAction: (key, action) => set((s) => ({ actions: { ...s.actions, [key]: action } })),
      setTarget: (target) => set(target),
      replacePlan: (plan) => set({ ...sanitizePlan(plan ?? emptyPlan()).data }),
    }),
    options,
  );
}

export const usePlanStore = createPlanStore();
/** Whether the plan is being saved, and what was recovered at start; for the app's banners. */
export const planStorageStatus = usePlanStore.status;
watchStorageStatus(planStorageStatus);
// The same plan open in another tab: merge its changes as they are saved.
syncAcrossTabs(usePlanStore);

/** The plan as it would be saved. */
export const snapshotPlan = (): ActionPlan => pickData(planCodec, usePlanStore.getState());
