// How long each text a person types may be: one place for the form, the store, the saved data, the
// file schema and the report. No imports, so the build-time JSON Schema plugin can read it under Node.

/** A note on one question. */
export const NOTE_MAX_LENGTH = 10_000;
/** The profile's free-text fields (organisation, role). */
export const PROFILE_TEXT_MAX = 120;
/** A workshop's title and a participant's name. */
export const NAME_MAX_LENGTH = 80;
/** The reason recorded for an agreed answer in a workshop. */
export const REASON_MAX_LENGTH = 2_000;
