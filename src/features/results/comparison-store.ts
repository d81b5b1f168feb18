import type { Milestone } from '../../engine/milestones';
import { comparisonCodec, type ComparisonData, type EarlierAssessmentRecord } from '../../engine/saved-comparison';
import type { Stamped } from '../../engine/stamped-data';
import type { FileContents } from '../../portability/read-assessment-file';
import { createPersistedStore, type PersistedStoreOptions, syncAcrossTabs } from '../../state/persisted-store';
import { watchStorageStatus } from '../../state/watched-statuses';

export type { EarlierAssessmentRecord };

export const COMPARISON_STORAGE_KEY = 'peldano.comparison';

interface ComparisonState extends Stamped<ComparisonData> {
  setEarlier: (earlier: EarlierAssessmentRecord | null) => void;
}

/**
 * What the results page compares with, shared by the compare panel and the PDF button. A copy of the answers (and
 * plan) compared with is kept in the browser until the user closes the comparison, so it survives a reload.
 */
export function createComparisonStore(options: PersistedStoreOptions = {}) {
  return createPersistedStore<ComparisonData, ComparisonState>(
    comparisonCodec,
    COMPARISON_STORAGE_KEY,
    (set) => ({ earlier: null, setEarlier: (earlier) => set({ earlier }) }),
    options,
  );
}

export const useComparisonStore = createComparisonStore();
watchStorageStatus(useComparisonStore.status);
syncAcrossTabs(useComparisonStore);

/** An earlier assessment file as what is compared with. */
export function earlierFromFile(fileName: string, contents: FileContents): EarlierAssessmentRecord {
  return {
    source: 'file',
    name: fileName,
    milestoneId: '',
    // When the earlier assessment was last changed, else exported: the date the comparison is "since".
    date: contents.file.updatedAt ?? contents.file.exportedAt,
    answers: contents.assessment.answers,
    plan: contents.assessment.plan ?? null,
    dropped: contents.dropped,
    modelVersion: contents.file.model.version,
  };
}

/** A milestone as what is compared with. */
export function earlierFromMilestone(milestone: Milestone): EarlierAssessmentRecord {
  return {
    source: 'milestone',
    name: milestone.label,
    milestoneId: milestone.id,
    date: milestone.savedAt,
    answers: milestone.answers,
    plan: milestone.plan,
    dropped: [],
    modelVersion: '',
  };
}
