import type { AnswerValue } from '../../engine/answers';
import { NAME_MAX_LENGTH } from '../../engine/limits';
import { emptyParticipation, type Participation, type ParticipationData, participationCodec } from '../../engine/saved-participation';
import type { Stamped } from '../../engine/stamped-data';
import { createPersistedStore, type PersistedStoreOptions, syncAcrossTabs } from '../../state/persisted-store';
import { watchStorageStatus } from '../../state/watched-statuses';
import { LINK_NOTE_MAX_LENGTH } from '../../portability/share-link';

/** Where a participant's answers for workshops joined on this device are saved: apart from `peldano.assessment`. */
export const PARTICIPATION_STORAGE_KEY = 'peldano.participation';

interface ParticipationActions {
  /** Opens (or creates) the entry of a workshop, taking its latest title and roles from the join address. */
  join: (key: string, workshop: { title: string; roles: string[] }) => void;
  setName: (key: string, name: string) => void;
  setRole: (key: string, role: string) => void;
  setAnswer: (key: string, questionId: string, value: AnswerValue) => void;
  /** Notes are kept to what a link carries, so nothing typed is cut off when the link is made. */
  setNote: (key: string, questionId: string, note: string) => void;
}

export type ParticipationState = Stamped<ParticipationData> & ParticipationActions;

/** The participation store: the same care as every store (stamped, merged across tabs, recovered, warned about). */
export function createParticipationStore(options: PersistedStoreOptions = {}) {
  return createPersistedStore<ParticipationData, ParticipationState>(
    participationCodec,
    PARTICIPATION_STORAGE_KEY,
    (set) => {
      const update = (key: string, change: (p: Participation) => Partial<Participation>) =>
        set((s) => {
          const current = s.workshops[key] ?? emptyParticipation();
          return { workshops: { ...s.workshops, [key]: { ...current, ...change(current) } } };
        });
      return {
        workshops: {},
        join: (key, { title, roles }) =>
          update(key, (p) => (p.title === title && p.roles.join('\n') === roles.join('\n') ? p : { title, roles })),
        setName: (key, name) => update(key, () => ({ name: name.slice(0, NAME_MAX_LENGTH) })),
        setRole: (key, role) => update(key, () => ({ role: role.slice(0, NAME_MAX_LENGTH) })),
        setAnswer: (key, questionId, value) => update(key, (p) => ({ answers: { ...p.answers, [questionId]: value } })),
        setNote: (key, questionId, note) =>
          update(key, (p) => {
            const notes = { ...p.notes };
            if (note.trim()) notes[questionId] = note.slice(0, LINK_NOTE_MAX_LENGTH);
            else delete notes[questionId];
            return { notes };
          }),
      };
    },
    options,
  );
}

export const useParticipationStore = createParticipationStore();
watchStorageStatus(useParticipationStore.status);
syncAcrossTabs(useParticipationStore);
