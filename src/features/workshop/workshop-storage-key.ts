/** Where the workshop is saved (apart from its store, so the shell can look for a saved workshop without loading it). */
export const WORKSHOP_STORAGE_KEY = 'peldano.workshop';
