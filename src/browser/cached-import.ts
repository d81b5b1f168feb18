/** A lazily imported module, fetched once; `loaded` holds it once it has arrived, for synchronous reads. */
export interface CachedImport<T> {
  (): Promise<T>;
  readonly loaded: T | undefined;
}

/**
 * Wraps a dynamic import so every caller shares one fetch, and a failed fetch (offline before the file was cached,
 * a file gone after an update) is forgotten, so a later call retries. The one helper for every on-demand module.
 */
export function cachedImport<T>(load: () => Promise<T>): CachedImport<T> {
  let pending: Promise<T> | undefined;
  let loaded: T | undefined;
  const get = () =>
    (pending ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return Object.defineProperty(get, 'loaded', { get: () => loaded }) as CachedImport<T>;
}
