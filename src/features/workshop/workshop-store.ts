import type { AnswerValue } from '../../engine/answers';
import { NAME_MAX_LENGTH, REASON_MAX_LENGTH } from '../../engine/limits';
import type { Agreement, WorkshopParticipant } from '../../engine/summarize-workshop';
import { createPersistedStore, type PersistedStoreOptions, syncAcrossTabs } from '../../state/persisted-store';
import { watchStorageStatus } from '../../state/watched-statuses';
import { mergeRestoring, type Stamped } from '../../engine/stamped-data';
import {
  emptyWorkshop,
  type ParticipantRecord,
  type SavedWorkshop,
  type WorkshopData,
  workshopCodec,
} from '../../engine/saved-workshop';
import { nowIso } from '../../engine/clock';

export type { ParticipantRecord, WorkshopData };

import { WORKSHOP_STORAGE_KEY } from './workshop-storage-key';

export { WORKSHOP_STORAGE_KEY };

interface WorkshopActions {
  setTitle: (title: string) => void;
  addParticipant: (participant: Omit<ParticipantRecord, 'id' | 'number' | 'addedAt'>) => string;
  renameParticipant: (id: string, name: string) => void;
  removeParticipant: (id: string) => void;
  setParticipantAnswer: (id: string, questionId: string, value: AnswerValue) => void;
  setAgreedAnswer: (questionId: string, answer: AnswerValue | undefined) => void;
  setReason: (questionId: string, reason: string) => void;
  setDiscussed: (questionId: string, discussed: boolean) => void;
  /** Locks this browser to one participant's turn (see WorkshopData.turn). */
  startTurn: (participantId: string) => void;
  /** The participant is done: marked finished; the lock stays until the facilitator ends the turn. */
  finishTurn: (participantId: string) => void;
  /** The facilitator takes the device back. */
  endTurn: () => void;
  /** Adds several participants in one change (a batch of pasted links): one save, one stamp. Returns their ids. */
  addParticipants: (participants: readonly Omit<ParticipantRecord, 'id' | 'number' | 'addedAt'>[]) => string[];
  /** Replaces a participant's answers, notes and role with a later submission of theirs (after the facilitator confirmed). */
  replaceSubmission: (id: string, submission: Omit<ParticipantRecord, 'id' | 'number' | 'addedAt' | 'name'>) => void;
  /** Adds a role to the workshop's list (offered to participants who join); a role already there is not repeated. */
  addRole: (role: string) => void;
  removeRole: (role: string) => void;
  /** This workshop's invite key (made on first use), which keeps its participants' answers apart on their phones. */
  ensureInviteKey: () => string;
  /** Brings back a workshop from a file (see workshop-file.ts): what is not here comes back, nothing here is lost. */
  restoreWorkshop: (saved: SavedWorkshop) => void;
  /** Clears the whole workshop. Callers confirm with the user first. */
  reset: () => void;
}

export type WorkshopState = Stamped<WorkshopData> & WorkshopActions;

let counter = 0;
/** Unique enough within one browser; crypto.randomUUID is missing on plain-http hosts. */
function newId(): string {
  counter = (counter + 1) % 1_000_000;
  return `p-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The workshop store: every change stamped, saved through safe storage, merged with the same workshop in other tabs. */
export function createWorkshopStore(options: PersistedStoreOptions = {}) {
  const store = createPersistedStore<WorkshopData, WorkshopState>(
    workshopCodec,
    WORKSHOP_STORAGE_KEY,
    (set, get) => ({
      ...emptyWorkshop(),
      setTitle: (title) => set({ title: title.slice(0, NAME_MAX_LENGTH) }),
      addParticipant: (participant) => {
        const id = newId();
        set((s) => ({
          participants: [
            ...s.participants,
            {
              ...participant,
              id,
              number: Math.max(0, ...s.participants.map((p) => p.number)) + 1,
              addedAt: nowIso(),
            },
          ],
        }));
        return id;
      },
      addParticipants: (list) => {
        const ids = list.map(() => newId());
        const addedAt = nowIso();
        set((s) => {
          let number = Math.max(0, ...s.participants.map((p) => p.number));
          return { participants: [...s.participants, ...list.map((participant, i) => ({ ...participant, id: ids[i]!, number: ++number, addedAt }))] };
        });
        return ids;
      },
      replaceSubmission: (id, submission) =>
        set((s) => ({
          participants: s.participants.map((p) => {
            if (p.id !== id) return p;
            const { role: _role, notes: _notes, ...rest } = p;
            return { ...rest, ...submission };
          }),
        })),
      addRole: (role) =>
        set((s) => {
          const clean = role.trim().slice(0, NAME_MAX_LENGTH);
          const roles = s.roles ?? [];
          if (!clean || roles.some((r) => r.toLocaleLowerCase() === clean.toLocaleLowerCase())) return {};
          return { roles: [...roles, clean].sort((a, b) => a.localeCompare(b)) };
        }),
      removeRole: (role) => set((s) => ({ roles: (s.roles ?? []).filter((r) => r !== role) })),
      ensureInviteKey: () => {
        const existing = get().inviteKey;
        if (existing) return existing;
        const key = newId().slice(2);
        set({ inviteKey: key });
        return key;
      },
      renameParticipant: (id, name) =>
        set((s) => ({ participants: s.participants.map((p) => (p.id === id ? { ...p, name: name.slice(0, NAME_MAX_LENGTH) } : p)) })),
      removeParticipant: (id) => set((s) => ({ participants: s.participants.filter((p) => p.id !== id) })),
      setParticipantAnswer: (id, questionId, value) =>
        set((s) => ({
          participants: s.participants.map((p) => (p.id === id ? { ...p, answers: { ...p.answers, [questionId]: value } } : p)),
        })),
      setAgreedAnswer: (questionId, answer) =>
        set((s) => ({ agreements: cleanAgreements({ ...s.agreements, [questionId]: { ...s.agreements[questionId], answer } }) })),
      setReason: (questionId, reason) =>
        set((s) => ({
          agreements: cleanAgreements({
            ...s.agreements,
            [questionId]: { ...s.agreements[questionId], reason: reason.slice(0, REASON_MAX_LENGTH) },
          }),
        })),
      setDiscussed: (questionId, discussed) =>
        set((s) => ({ agreements: cleanAgreements({ ...s.agreements, [questionId]: { ...s.agreements[questionId], discussed } }) })),
      startTurn: (participantId) => set({ turn: participantId }),
      finishTurn: (participantId) =>
        set((s) => ({ participants: s.participants.map((p) => (p.id === participantId ? { ...p, finishedAt: nowIso() } : p)) })),
      endTurn: () => set({ turn: undefined }),
      restoreWorkshop: (saved) => {
        // A turn in the file was under way when it was saved; who holds this device now is not the file's to say,
        // so loading it never locks the workshop (a turn already running here stays).
        const { turn: _turn, stamps: { turn: _turnStamp, ...stamps }, ...data } = saved;
        set(mergeRestoring(workshopCodec, store.snapshot(), { ...data, stamps }));
        renumberDuplicates();
      },
      reset: () => set({ ...emptyWorkshop(), turn: undefined, roles: undefined, inviteKey: undefined }),
    }),
    options,
  );

  /**
   * Participants added at the same moment in two tabs can share a number (and one answered in a tab after
   * another removed it comes back without one): the later gets the next free one. The same data gives the same numbers in every tab, so tabs that both do this agree.
   */
  const renumberDuplicates = () => {
    const { participants } = store.getState();
    const used = new Set<number>();
    let next = Math.max(0, ...participants.map((p) => p.number));
    let changed = false;
    const renumbered = participants.map((p) => {
      if (p.number && !used.has(p.number)) {
        used.add(p.number);
        return p;
      }
      changed = true;
      return { ...p, number: ++next };
    });
    if (changed) store.setState({ participants: renumbered });
  };
  renumberDuplicates();
  const sync = store.syncFromStorage;
  store.syncFromStorage = () => {
    sync();
    renumberDuplicates();
  };
  return store;
}

// The largest store (thirty people's answers are about 100 KB saved): saved once each change is on screen.
export const useWorkshopStore = createWorkshopStore({ writes: 'after-frame' });
/** Whether the workshop is being saved, and what was recovered at start; for the app's banners. */
export const workshopStorageStatus = useWorkshopStore.status;
watchStorageStatus(workshopStorageStatus);

// The same workshop open in another tab (the room view on the projector, a participant's turn): merge its changes.
syncAcrossTabs(useWorkshopStore);

/** Drops empty entries, so "back to the median" leaves nothing behind. */
function cleanAgreements(agreements: Record<string, Agreement | undefined>): Record<string, Agreement> {
  const clean: Record<string, Agreement> = {};
  for (const [id, agreement] of Object.entries(agreements)) {
    if (!agreement) continue;
    const entry: Agreement = {};
    if (agreement.answer !== undefined) entry.answer = agreement.answer;
    if (agreement.reason) entry.reason = agreement.reason;
    if (agreement.discussed) entry.discussed = true;
    if (entry.answer !== undefined || entry.reason || entry.discussed) clean[id] = entry;
  }
  return clean;
}

/** The name a participant is shown by: what the facilitator typed, else "Participant <number>". */
export function participantName(p: Pick<ParticipantRecord, 'name' | 'number'>, defaultName: (n: number) => string): string {
  return p.name.trim() || defaultName(p.number);
}

/** The participants as the aggregation sees them. */
export function toWorkshopParticipants(participants: readonly ParticipantRecord[], defaultName: (n: number) => string): WorkshopParticipant[] {
  return participants.map((p) => ({ id: p.id, name: participantName(p, defaultName), answers: p.answers, role: p.role, notes: p.notes }));
}
