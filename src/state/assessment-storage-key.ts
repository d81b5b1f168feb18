/** Where the assessment is saved (apart from its store, so the first page can look for saved work without loading it). */
export const ASSESSMENT_STORAGE_KEY = 'peldano.assessment';
