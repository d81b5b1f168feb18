// localStorage as this app opens it. Apart from the stores' safe storage, so the first page can look at what is
// saved (and whether anything can be) without carrying the stores' code.

/** localStorage when it can be read, else null (some private modes, disabled cookies, sandboxed frames). */
export function openLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(PROBE_KEY);
    return storage;
  } catch {
    return null;
  }
}

const PROBE_KEY = 'peldano.probe';

/** Whether `storage` takes a write: a full storage, or one a browser keeps read-only, refuses it. */
export function acceptsWrites(storage: Storage): boolean {
  try {
    storage.setItem(PROBE_KEY, '');
    storage.removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}
