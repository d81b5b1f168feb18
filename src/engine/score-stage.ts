import { type Answers, DONT_KNOW, isLevel, MAX_LEVEL } from './answers';
import type { ScoringRules, StageStructure } from './model-types';

export type StageStatus = 'not-rated' | 'achieved' | 'in-progress' | 'not-started';

export interface StageResult {
  stageId: string;
  order: number;
  /** Weighted mean of the answered questions, 0-100; null when nothing is answered. */
  score: number | null;
  /** Answered weight / total weight, 0-1. */
  coverage: number;
  answeredWeight: number;
  totalWeight: number;
  status: StageStatus;
  questionCount: number;
  answeredCount: number;
  dontKnowCount: number;
  unansweredCount: number;
}

/** Scores one stage: weighted mean of answered levels as a percentage, its coverage and status. */
export function scoreStage(stage: StageStructure, answers: Answers, rules: ScoringRules): StageResult {
  let weightedSum = 0;
  let answeredWeight = 0;
  let totalWeight = 0;
  let answeredCount = 0;
  let dontKnowCount = 0;
  for (const question of stage.questions) {
    totalWeight += question.weight;
    const answer = answers[question.id];
    if (isLevel(answer)) {
      weightedSum += question.weight * answer;
      answeredWeight += question.weight;
      answeredCount++;
    } else if (answer === DONT_KNOW) {
      dontKnowCount++;
    }
  }
  // Integer numerator and denominator keep exact thresholds (e.g. 75) exact in floating point.
  const score = answeredWeight > 0 ? (weightedSum * (100 / MAX_LEVEL)) / answeredWeight : null;
  const { numerator, denominator } = rules.ratedCoverage;
  const rated = totalWeight > 0 && answeredWeight * denominator >= totalWeight * numerator;
  return {
    stageId: stage.id,
    order: stage.order,
    score,
    coverage: totalWeight > 0 ? answeredWeight / totalWeight : 0,
    answeredWeight,
    totalWeight,
    status: rateStatus(rated, score, rules.achievedScore),
    questionCount: stage.questions.length,
    answeredCount,
    dontKnowCount,
    unansweredCount: stage.questions.length - answeredCount - dontKnowCount,
  };
}

function rateStatus(rated: boolean, score: number | null, achievedScore: number): StageStatus {
  if (!rated || score === null) return 'not-rated';
  if (score >= achievedScore) return 'achieved';
  return score > 0 ? 'in-progress' : 'not-started';
}
