// Milestones: dated, labelled snapshots of the answers, notes and plan, saved with the same care as the answers
// (stamped, merged across tabs, recovered when damaged: see persisted-store.ts and engine/milestones.ts).
import { nowIso } from '../engine/clock';
import { emptyPlan } from '../engine/action-plan';
import { emptyMilestones, MAX_MILESTONES, type Milestone, MILESTONE_LABEL_MAX_LENGTH, type MilestoneList, milestonesCodec, sortMilestones } from '../engine/milestones';
import { pickData, type Stamped } from '../engine/stamped-data';
import type { AssessmentWork } from '../engine/assessment-work';
import { createPersistedStore, type PersistedStoreOptions, syncAcrossTabs } from './persisted-store';
import { watchStorageStatus } from './watched-statuses';

export const MILESTONES_STORAGE_KEY = 'peldano.milestones';

interface MilestoneActions {
  /** Keeps a snapshot of `work` under `label`; returns the new milestone. The oldest goes past MAX_MILESTONES. */
  saveMilestone: (label: string, work: Pick<AssessmentWork, 'answers' | 'notes' | 'plan'>) => Milestone;
  /** Takes a milestone out; returns it, so the screen can offer to put it back. Callers confirm first. */
  deleteMilestone: (id: string) => Milestone | undefined;
  /** Puts a deleted milestone back exactly as it was. */
  restoreMilestone: (milestone: Milestone) => void;
  /** Replaces the whole list (an import, an undo): anything untrusted is sanitized first. */
  replaceMilestones: (milestones: readonly Milestone[]) => void;
}

export type MilestoneState = Stamped<MilestoneList> & MilestoneActions;

let counter = 0;
/** Unique enough within one browser; crypto.randomUUID is missing on plain-http hosts. */
function newId(): string {
  counter = (counter + 1) % 1_000_000;
  return `m-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function createMilestoneStore(options: PersistedStoreOptions = {}) {
  return createPersistedStore<MilestoneList, MilestoneState>(
    milestonesCodec,
    MILESTONES_STORAGE_KEY,
    (set, get) => ({
      ...emptyMilestones(),
      saveMilestone: (label, work) => {
        // A deep copy: later edits of the answers or the plan never reach the snapshot.
        const milestone: Milestone = structuredClone({
          id: newId(),
          label: label.trim().slice(0, MILESTONE_LABEL_MAX_LENGTH),
          savedAt: nowIso(),
          answers: work.answers,
          notes: work.notes,
          plan: work.plan ? { targetRung: work.plan.targetRung, targetDate: work.plan.targetDate, actions: work.plan.actions } : emptyPlan(),
        });
        set((s) => ({ milestones: sortMilestones([...s.milestones, milestone]).slice(-MAX_MILESTONES) }));
        return milestone;
      },
      deleteMilestone: (id) => {
        const removed = get().milestones.find((m) => m.id === id);
        if (removed) set((s) => ({ milestones: s.milestones.filter((m) => m.id !== id) }));
        return removed;
      },
      restoreMilestone: (milestone) =>
        set((s) => ({ milestones: sortMilestones([...s.milestones.filter((m) => m.id !== milestone.id), milestone]).slice(-MAX_MILESTONES) })),
      replaceMilestones: (milestones) => set({ ...milestonesCodec.sanitize({ milestones }).data }),
    }),
    options,
  );
}

export const useMilestoneStore = createMilestoneStore();
/** Whether milestones are being saved, and what was recovered at start; for the app's banners. */
export const milestoneStorageStatus = useMilestoneStore.status;
watchStorageStatus(milestoneStorageStatus);
syncAcrossTabs(useMilestoneStore);

export const snapshotMilestones = (): Milestone[] => pickData(milestonesCodec, useMilestoneStore.getState()).milestones;
