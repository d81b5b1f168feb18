// The shapes of ids and versions, defined once for the content check, the file and link schemas and the stores.

/** A kebab-case slug, as a regular-expression source (to build larger patterns from). */
export const SLUG_SOURCE = '[a-z0-9]+(-[a-z0-9]+)*';

/** Content ids are stable kebab-case slugs; the pattern also keeps keys like `__proto__` out of records. */
export const SLUG_PATTERN = new RegExp(`^${SLUG_SOURCE}$`);

/** The longest id a file, link or saved store may carry. */
export const ID_MAX_LENGTH = 100;

/** A model version: major.minor.patch. */
export const VERSION_PATTERN = /^\d+\.\d+\.\d+$/;

/** Whether a key could be a question id (its shape, not whether the model knows it). */
export const isQuestionId = (id: string): boolean => id.length <= ID_MAX_LENGTH && SLUG_PATTERN.test(id);
