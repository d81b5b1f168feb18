import type { AssessmentResult } from './assess';

/**
 * Whether the answers say enough for a result. The model can only speak about a stage once it is rated (two thirds
 * of its weight answered on the scale), so with no stage rated the placement (0) and the roadmap (every question of
 * stage 1) would be built from nothing: there is nothing to assess yet. "Don't know" is information, but it counts as
 * unanswered: answers that are all "don't know" tell the team what to find out, not where it stands.
 */
export type ResultReadiness =
  | { kind: 'ready' }
  /** Not a single answer. */
  | { kind: 'empty' }
  /** Only "don't know" answers so far. */
  | { kind: 'only-dont-know'; dontKnowCount: number; firstStage: number }
  /** Answers on the scale, but no stage has enough of them to be rated; firstStage is the first to complete. */
  | { kind: 'not-rated'; answeredCount: number; firstStage: number };

/** Says whether an assessment result can be shown and reported, and if not, why and where to carry on. */
export function checkResultReadiness(result: AssessmentResult): ResultReadiness {
  if (result.stages.some((stage) => stage.status !== 'not-rated')) return { kind: 'ready' };
  if (result.answeredCount + result.dontKnowCount === 0) return { kind: 'empty' };
  const firstStage = Math.min(...result.stages.map((stage) => stage.order));
  if (result.answeredCount === 0) return { kind: 'only-dont-know', dontKnowCount: result.dontKnowCount, firstStage };
  return { kind: 'not-rated', answeredCount: result.answeredCount, firstStage };
}
