import { ASSESSMENT_FILE_VERSION } from './file-format';

type RawFile = Record<string, unknown>;
/** Turns a file of version n into version n + 1; it may throw on input it cannot read. */
export type FileMigration = (file: RawFile) => RawFile;

/** One step per old format version, keyed by the version it upgrades from. */
export const FILE_MIGRATIONS: Readonly<Record<number, FileMigration>> = {
  // Version 2 only widened the answer values ("not-applicable"): a version 1 file is already valid as is.
  1: (file) => file,
  // Version 3 (action plan and milestones) only added optional fields: a version 2 file is valid as is, with no plan.
  2: (file) => file,
  // Version 4 (participant name) only added an optional field: a version 3 file is valid as is.
  3: (file) => file,
};

export type MigrationOutcome =
  | { ok: true; file: RawFile }
  | { ok: false; problem: { code: 'not-our-format' } | { code: 'newer-version'; version: number } };

/** Brings a parsed file of any known version up to the current one; never throws. */
export function migrateAssessmentFile(
  file: RawFile,
  migrations: Readonly<Record<number, FileMigration>> = FILE_MIGRATIONS,
  current: number = ASSESSMENT_FILE_VERSION,
): MigrationOutcome {
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return { ok: false, problem: { code: 'not-our-format' } };
  if (version > current) return { ok: false, problem: { code: 'newer-version', version } };
  let migrated = file;
  for (let from = version; from < current; from++) {
    const step = migrations[from];
    if (!step) return { ok: false, problem: { code: 'not-our-format' } };
    try {
      migrated = { ...step(migrated), formatVersion: from + 1 };
    } catch {
      return { ok: false, problem: { code: 'not-our-format' } };
    }
  }
  return { ok: true, file: migrated };
}
