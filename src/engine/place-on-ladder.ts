import type { StageResult } from './score-stage';

/** The highest k such that stages 1..k are all achieved; 0 when stage 1 is not. */
export function placeOnLadder(stages: readonly StageResult[]): number {
  let placement = 0;
  for (const stage of [...stages].sort((a, b) => a.order - b.order)) {
    if (stage.status !== 'achieved') break;
    placement = stage.order;
  }
  return placement;
}

/** Achieved stages above placement + 1: built before the rungs beneath them. */
export function findStagesAheadOfFoundations(stages: readonly StageResult[], placement: number): string[] {
  return stages.filter((s) => s.status === 'achieved' && s.order > placement + 1).map((s) => s.stageId);
}

/** Mean score of the rated stages, 0-100; null when no stage is rated. */
export function computeOverallIndex(stages: readonly StageResult[]): number | null {
  const rated = stages.filter((s) => s.status !== 'not-rated' && s.score !== null);
  if (!rated.length) return null;
  return rated.reduce((sum, s) => sum + (s.score ?? 0), 0) / rated.length;
}
