import { matchSubmission } from '../../engine/participant-submissions';
import { model } from '../../model/structure';
import { fingerprintAssessment, fingerprintLink } from '../../portability/assessment-fingerprint';
import { decodeShareLink, type LinkProblem } from '../../portability/decode-share-link';
import { findShareLinks } from '../../portability/find-share-links';
import { type FileProblem, readAssessmentBlob } from '../../portability/read-assessment-file';
import { readWorkshopBlob } from '../../portability/workshop-file';
import { type ParticipantRecord, useWorkshopStore } from './workshop-store';

/** What a participant's file or link brings to the workshop. */
export type Submission = Omit<ParticipantRecord, 'id' | 'number' | 'addedAt'>;

/** Where a submission came from: a chosen file, or the n-th link found in pasted text. */
export type SubmissionSource = { kind: 'file'; fileName: string } | { kind: 'link'; index: number; text: string };

/** What became of one file or link. */
export type GatherOutcome = { key: string; source: SubmissionSource } & (
  | { kind: 'added'; participantId: string; name: string; dropped: string[] }
  | { kind: 'duplicate'; name: string; participantId?: string }
  /** A participant already in sent again: waits for the facilitator to replace or keep (see applyUpdate). */
  | { kind: 'update'; participantId: string; name: string; submission: Submission }
  | { kind: 'updated'; participantId: string; name: string }
  | { kind: 'kept'; name: string }
  // A whole workshop (downloaded when this browser could not save it, or recovered): merged in.
  | { kind: 'workshop'; count: number }
  // The problem, not its wording: the message is written at render, in the language shown then.
  | { kind: 'file-problem'; problem: FileProblem }
  | { kind: 'link-problem'; problem: LinkProblem }
);

/** Kept for callers that only import files. */
export type FileOutcome = GatherOutcome;

let batch = 0;

/**
 * Matches submissions against the workshop (engine's rule) and adds the new ones in one change. Submissions
 * matched to someone already in wait as 'update'; one seen earlier in the same batch is a duplicate.
 */
function gather(items: { source: SubmissionSource; submission: Submission; dropped: string[] }[]): GatherOutcome[] {
  batch++;
  const store = useWorkshopStore.getState();
  const known = store.participants.map((p) => ({ ...p }));
  const fresh: Submission[] = [];
  const seen = new Set<string>();
  const outcomes: GatherOutcome[] = items.map(({ source, submission, dropped }, i) => {
    const key = `${batch}-${i}`;
    if (seen.has(submission.fingerprint)) return { key, source, kind: 'duplicate', name: submission.name };
    seen.add(submission.fingerprint);
    const match = matchSubmission(submission, known);
    if (match.kind === 'duplicate') {
      // A participant added earlier in this batch has no id in the store yet: named by the submission alone.
      const participantId = match.participantId.startsWith('new-') ? undefined : match.participantId;
      return { key, source, kind: 'duplicate', name: submission.name, participantId };
    }
    if (match.kind === 'update') return { key, source, kind: 'update', participantId: match.participantId, name: submission.name, submission };
    const participantId = `new-${fresh.length}`;
    fresh.push(submission);
    // Later items in the batch meet this one as a participant already in.
    known.push({ ...submission, id: participantId, number: 0, addedAt: '' });
    return { key, source, kind: 'added', participantId, name: submission.name, dropped };
  });
  if (!fresh.length) return outcomes;
  const ids = store.addParticipants(fresh);
  // Placeholders become the store's ids, for an update too: someone who sent twice in one paste is replaced once confirmed.
  return outcomes.map((o) => ((o.kind === 'added' || o.kind === 'update') && o.participantId.startsWith('new-') ? { ...o, participantId: ids[Number(o.participantId.slice(4))]! } : o));
}

/**
 * Adds each file to the workshop, in order: a workshop file is merged in, an assessment file becomes a participant
 * (named as the file says) unless it is already one (portability's and the engine's duplicate rule); anything else is
 * reported, never lost.
 */
export async function importParticipantFiles(files: File[]): Promise<GatherOutcome[]> {
  const outcomes: GatherOutcome[] = [];
  const items: Parameters<typeof gather>[0] = [];
  for (const [i, file] of files.entries()) {
    const source: SubmissionSource = { kind: 'file', fileName: file.name };
    const key = `file-${batch}-${i}`;
    const workshopFile = await readWorkshopBlob(file);
    if (workshopFile) {
      useWorkshopStore.getState().restoreWorkshop(workshopFile);
      outcomes.push({ key, source, kind: 'workshop', count: workshopFile.participants.length });
      continue;
    }
    const result = await readAssessmentBlob(file, model);
    if (!result.ok) {
      outcomes.push({ key, source, kind: 'file-problem', problem: result.problem });
      continue;
    }
    const { assessment } = result;
    const notes = Object.keys(assessment.notes).length ? { notes: { ...assessment.notes } } : {};
    const role = assessment.profile.role.trim();
    items.push({
      source,
      dropped: result.dropped,
      submission: {
        name: result.file.participant?.name ?? '',
        source: 'file',
        fileName: file.name,
        answers: assessment.answers,
        fingerprint: fingerprintAssessment(result.file.exportedAt, assessment.answers),
        ...(role ? { role } : {}),
        ...notes,
      },
    });
  }
  return [...outcomes, ...gather(items)];
}

/** Reads every share link in pasted text (a whole chat thread) and adds each to the workshop; null when there is none. */
export async function addPastedLinks(text: string): Promise<GatherOutcome[] | null> {
  const found = findShareLinks(text);
  if (!found.length) return null;
  const decoded = await Promise.all(found.map((link) => decodeShareLink(link.payload, model)));
  const problems: GatherOutcome[] = [];
  const items: Parameters<typeof gather>[0] = [];
  decoded.forEach((result, index) => {
    const source: SubmissionSource = { kind: 'link', index: index + 1, text: found[index]!.text };
    if (!result.ok) {
      problems.push({ key: `link-${batch}-${index}`, source, kind: 'link-problem', problem: result.problem });
      return;
    }
    const { name = '', role, notes, answers } = result;
    items.push({
      source,
      dropped: result.dropped,
      submission: {
        name,
        source: 'link',
        fileName: '',
        answers,
        fingerprint: fingerprintLink({ name, role, answers, notes }),
        ...(role ? { role } : {}),
        ...(notes ? { notes } : {}),
      },
    });
  });
  const gathered = gather(items);
  // Back in the order the links came in.
  const index = (o: GatherOutcome) => (o.source.kind === 'link' ? o.source.index : 0);
  return [...gathered, ...problems].sort((a, b) => index(a) - index(b));
}

/** Carries out a waiting update: the facilitator chose to replace that participant's answers, or to keep them. */
export function settleUpdate(outcome: GatherOutcome, replace: boolean): GatherOutcome {
  if (outcome.kind !== 'update') return outcome;
  const { key, source, participantId, name } = outcome;
  if (!replace) return { key, source, kind: 'kept', name };
  const { name: _name, ...submission } = outcome.submission;
  useWorkshopStore.getState().replaceSubmission(participantId, submission);
  return { key, source, kind: 'updated', participantId, name };
}
