/**
 * Wraps a dynamic import so every caller shares one fetch, and a failed fetch (offline before the file was cached,
 * a file gone after an update) is forgotten, so a later call retries. The one helper for every on-demand module.
 */
export function cachedImport<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
