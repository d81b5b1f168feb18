import { model } from '../../model/structure';
import { fingerprintAssessment, isDuplicateFile } from '../../portability/assessment-fingerprint';
import { type FileProblem, readAssessmentBlob } from '../../portability/read-assessment-file';
import { readWorkshopBlob } from '../../portability/workshop-file';
import { useWorkshopStore } from './workshop-store';

/** What became of one chosen file. */
export type FileOutcome =
  | { fileName: string; kind: 'added'; dropped: string[] }
  | { fileName: string; kind: 'duplicate' }
  // A whole workshop (downloaded when this browser could not save it, or recovered): merged in.
  | { fileName: string; kind: 'workshop'; count: number }
  // The problem, not its wording: the message is written at render, in the language shown then.
  | { fileName: string; kind: 'problem'; problem: FileProblem };

/**
 * Adds each file to the workshop, in order: a workshop file is merged in, an assessment file becomes a participant
 * unless the same export is already one (portability's duplicate rule), anything else is reported, never lost.
 */
export async function importParticipantFiles(files: File[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const workshopFile = await readWorkshopBlob(file);
    if (workshopFile) {
      useWorkshopStore.getState().restoreWorkshop(workshopFile);
      outcomes.push({ fileName: file.name, kind: 'workshop', count: workshopFile.participants.length });
      continue;
    }
    const result = await readAssessmentBlob(file, model);
    if (!result.ok) {
      outcomes.push({ fileName: file.name, kind: 'problem', problem: result.problem });
      continue;
    }
    const print = fingerprintAssessment(result.file.exportedAt, result.assessment.answers);
    if (isDuplicateFile(print, useWorkshopStore.getState().participants)) {
      outcomes.push({ fileName: file.name, kind: 'duplicate' });
      continue;
    }
    useWorkshopStore.getState().addParticipant({
      name: '',
      source: 'file',
      fileName: file.name,
      answers: result.assessment.answers,
      fingerprint: print,
    });
    outcomes.push({ fileName: file.name, kind: 'added', dropped: result.dropped });
  }
  return outcomes;
}
