// The assessment file's constants. No imports: the build-time JSON Schema plugin reads them under
// Node, where the state modules (and their DOM types) must not be pulled in. The note's length limit is
// the engine's NOTE_MAX_LENGTH (engine/limits.ts).

/** The value of `format`: tells our files apart from any other JSON. */
export const ASSESSMENT_FILE_FORMAT = 'peldano-assessment';
/** Raised whenever the file's shape changes; older versions are migrated on import (see migrate-assessment-file.ts). */
// 2: answers may be "not-applicable" (model 1.1). Version 1 files read unchanged.
// 3 (action plan and milestones): optional `plan` and `milestones`. Version 1 and 2 files read unchanged, with no plan.
// 4 (participant name): an optional `participant: { name }`, the name a workshop knows the file's author by.
export const ASSESSMENT_FILE_VERSION = 4;
/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 1024 * 1024;
