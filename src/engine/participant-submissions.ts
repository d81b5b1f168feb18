// Who a submission (a pasted link, a participant's file) belongs to in a workshop: a new participant, one already
// there sending again, or the very same submission a second time. Pure: no storage, no UI.

/** What a submission brings that the rule looks at. */
export interface SubmissionIdentity {
  name: string;
  answers: Readonly<Record<string, unknown>>;
  notes?: Readonly<Record<string, string>>;
  fingerprint: string;
}

/** What the rule needs of a participant already in the workshop. */
export interface KnownParticipant {
  id: string;
  name: string;
  answers: Readonly<Record<string, unknown>>;
  notes?: Readonly<Record<string, string>>;
  fingerprint: string;
}

export type SubmissionMatch =
  | { kind: 'new' }
  /** The same submission (or the same person with the very same answers and notes) is already in: nothing to do. */
  | { kind: 'duplicate'; participantId: string }
  /** Someone with this name is already in with other answers: replaced only once the facilitator confirms. */
  | { kind: 'update'; participantId: string };

/**
 * A name as people are told apart by it: letters without accents, case or extra spaces ("  Ana  GARCÍA" and
 * "ana garcia" are one person), since the same person types their name differently on a phone and a laptop.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}

const sameRecord = (a: Readonly<Record<string, unknown>> = {}, b: Readonly<Record<string, unknown>> = {}) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
};

/**
 * Matches a submission against the participants: the same fingerprint is a duplicate; a name already there (see
 * nameKey) is that person again, a duplicate when nothing changed and an update otherwise; anything else, and every
 * submission without a name, is a new participant.
 */
export function matchSubmission(submission: SubmissionIdentity, participants: readonly KnownParticipant[]): SubmissionMatch {
  const same = submission.fingerprint ? participants.find((p) => p.fingerprint === submission.fingerprint) : undefined;
  if (same) return { kind: 'duplicate', participantId: same.id };
  const key = nameKey(submission.name);
  if (!key) return { kind: 'new' };
  const named = participants.find((p) => nameKey(p.name) === key);
  if (!named) return { kind: 'new' };
  const unchanged = sameRecord(submission.answers, named.answers) && sameRecord(submission.notes, named.notes);
  return unchanged ? { kind: 'duplicate', participantId: named.id } : { kind: 'update', participantId: named.id };
}
