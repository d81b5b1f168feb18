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

/**
 * A link submission's fingerprint: a checksum of everything it carries (name, role, answers and notes, in id
 * order), so the same link pasted twice is recognised, and a link sent again with any change is not.
 */
export function fingerprintLink(content: {
  name?: string;
  role?: string;
  answers: Readonly<Record<string, unknown>>;
  notes?: Readonly<Record<string, string>>;
}): string {
  const sorted = (record: Readonly<Record<string, unknown>> = {}) =>
    Object.keys(record)
      .sort()
      .map((id) => [id, record[id]]);
  const canonical = JSON.stringify([content.name ?? '', content.role ?? '', sorted(content.answers), sorted(content.notes)]);
  return `link:${crc32(new TextEncoder().encode(canonical)).toString(16)}`;
}
