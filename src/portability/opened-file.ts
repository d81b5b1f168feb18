/**
 * A file opened from the landing page, as the landing tells Results (in the route's state) so Results can confirm
 * it and offer the undo.
 */
export interface OpenedFile {
  fileName: string;
  count: number;
  dropped: string[];
  /** A saved assessment was replaced, so the change can be undone. */
  replaced: boolean;
  /** The replace's id, for its undo on the results page. */
  undoId?: string;
}

/** Reads the route state back: anything else (a reload, a hand-made history entry) is ignored. */
export function readOpenedFile(state: unknown): OpenedFile | null {
  const opened = (state as { opened?: Partial<OpenedFile> } | null)?.opened;
  if (!opened || typeof opened.fileName !== 'string' || typeof opened.count !== 'number' || !Array.isArray(opened.dropped)) return null;
  return { fileName: opened.fileName, count: opened.count, dropped: opened.dropped.filter((id) => typeof id === 'string'), replaced: opened.replaced === true, undoId: typeof opened.undoId === 'string' ? opened.undoId : undefined };
}
