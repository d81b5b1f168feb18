import { create } from 'zustand';
import type { FileContents } from '../../portability/read-assessment-file';

/** An earlier assessment file the user loaded to compare with. */
export interface EarlierFile {
  fileName: string;
  contents: FileContents;
}

interface ComparisonState {
  earlier: EarlierFile | null;
  setEarlier: (earlier: EarlierFile | null) => void;
}

/**
 * The loaded earlier assessment, shared by the compare panel and the PDF button. In memory only, never
 * persisted: the earlier file is read for this visit and nothing of it is stored.
 */
export const useComparisonStore = create<ComparisonState>()((set) => ({
  earlier: null,
  setEarlier: (earlier) => set({ earlier }),
}));

/** When the earlier assessment was last changed, else exported: the date the comparison is "since". */
export function earlierFileDate(earlier: EarlierFile): string {
  return earlier.contents.file.updatedAt ?? earlier.contents.file.exportedAt;
}
