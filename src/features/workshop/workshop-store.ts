import { openQuietStorage } from '../../state/safe-storage';
import { z } from '../../engine/zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { AnswerValue } from '../../engine/answers';
import { NAME_MAX_LENGTH, REASON_MAX_LENGTH } from '../../engine/limits';
import { answerValueSchema, questionIdSchema } from '../../portability/assessment-file-schema';
import type { Agreement, WorkshopParticipant } from '../../engine/summarize-workshop';

export const WORKSHOP_STORAGE_KEY = 'peldano.workshop';
const WORKSHOP_STORAGE_VERSION = 1;

export interface ParticipantRecord {
  id: string;
  /** Typed by the facilitator; empty shows "Participant <number>". */
  name: string;
  number: number;
  source: 'file' | 'device' | 'browser';
  fileName: string;
  answers: Record<string, AnswerValue>;
  addedAt: string;
  /** Identifies a file's content, so the same file is not added twice. */
  fingerprint: string;
}

export interface WorkshopData {
  title: string;
  participants: ParticipantRecord[];
  agreements: Record<string, Agreement>;
}

interface WorkshopActions {
  setTitle: (title: string) => void;
  addParticipant: (participant: Omit<ParticipantRecord, 'id' | 'number' | 'addedAt'>) => string;
  renameParticipant: (id: string, name: string) => void;
  removeParticipant: (id: string) => void;
  setParticipantAnswer: (id: string, questionId: string, value: AnswerValue) => void;
  setAgreedAnswer: (questionId: string, answer: AnswerValue | undefined) => void;
  setReason: (questionId: string, reason: string) => void;
  /** Clears the whole workshop. Callers confirm with the user first. */
  reset: () => void;
}

export type WorkshopState = WorkshopData & WorkshopActions;

const emptyWorkshop = (): WorkshopData => ({ title: '', participants: [], agreements: {} });

// What a saved workshop must look like; anything else in storage is ignored rather than trusted.
const workshopDataSchema = z.object({
  title: z.string().max(NAME_MAX_LENGTH),
  participants: z.array(
    z.object({
      id: z.string().max(40),
      name: z.string().max(NAME_MAX_LENGTH),
      number: z.int().min(1),
      source: z.enum(['file', 'device', 'browser']),
      fileName: z.string().max(300),
      answers: z.record(questionIdSchema, answerValueSchema),
      addedAt: z.string(),
      fingerprint: z.string().max(200),
    }),
  ),
  agreements: z.record(
    questionIdSchema,
    z.object({ answer: answerValueSchema.optional(), reason: z.string().max(REASON_MAX_LENGTH).optional() }),
  ),
});

let counter = 0;
/** Unique enough within one browser; crypto.randomUUID is missing on plain-http hosts. */
function newId(): string {
  counter = (counter + 1) % 1_000_000;
  return `p-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export const useWorkshopStore = create<WorkshopState>()(
  persist(
    (set) => ({
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
              addedAt: new Date().toISOString(),
            },
          ],
        }));
        return id;
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
      reset: () => set(emptyWorkshop()),
    }),
    {
      name: WORKSHOP_STORAGE_KEY,
      version: WORKSHOP_STORAGE_VERSION,
      storage: createJSONStorage(openQuietStorage),
      partialize: (s): WorkshopData => ({ title: s.title, participants: s.participants, agreements: s.agreements }),
      merge: (persisted, current) => {
        const parsed = workshopDataSchema.safeParse(persisted);
        return parsed.success ? { ...current, ...(parsed.data as WorkshopData) } : current;
      },
    },
  ),
);

/** Drops empty entries, so "back to the median" leaves nothing behind. */
function cleanAgreements(agreements: Record<string, Agreement | undefined>): Record<string, Agreement> {
  const clean: Record<string, Agreement> = {};
  for (const [id, agreement] of Object.entries(agreements)) {
    if (!agreement) continue;
    const entry: Agreement = {};
    if (agreement.answer !== undefined) entry.answer = agreement.answer;
    if (agreement.reason) entry.reason = agreement.reason;
    if (entry.answer !== undefined || entry.reason) clean[id] = entry;
  }
  return clean;
}

/** The name a participant is shown by: what the facilitator typed, else "Participant <number>". */
export function participantName(p: Pick<ParticipantRecord, 'name' | 'number'>, defaultName: (n: number) => string): string {
  return p.name.trim() || defaultName(p.number);
}

/** The participants as the aggregation sees them. */
export function toWorkshopParticipants(participants: readonly ParticipantRecord[], defaultName: (n: number) => string): WorkshopParticipant[] {
  return participants.map((p) => ({ id: p.id, name: participantName(p, defaultName), answers: p.answers }));
}
