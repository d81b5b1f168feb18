// The rule that keeps one assessment file from joining a workshop twice.
import { crc32 } from './crc32';

/**
 * An assessment file's fingerprint: when it was exported and a checksum of its answers in id order. The
 * same file read twice gives the same fingerprint, however its keys are ordered; a file exported again
 * (another time) or with other answers does not.
 */
export function fingerprintAssessment(exportedAt: string, answers: Readonly<Record<string, unknown>>): string {
  const sorted = Object.keys(answers)
    .sort()
    .map((id) => `${id}=${String(answers[id])}`)
    .join(';');
  return `${exportedAt}:${crc32(new TextEncoder().encode(sorted)).toString(16)}`;
}

/** Whether a file with this fingerprint was already imported (participants typed in by hand have none). */
export function isDuplicateFile(fingerprint: string, imported: readonly { fingerprint: string }[]): boolean {
  return imported.some((p) => p.fingerprint === fingerprint);
}
