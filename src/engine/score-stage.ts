import { type Answers, DONT_KNOW, isLevel, MAX_LEVEL } from './answers';
import { effectiveAnswer } from './effective-answer';
import type { ScoringRules, StageStructure } from './model-types';

export type StageStatus = 'not-rated' | 'achieved' | 'in-progress' | 'not-started';

export interface StageResult {
  stageId: string;
  order: number;
  /** Weighted mean of the answered questions, 0-100; null when nothing is answered. */
  score: number | null;
  /** Answered weight / total weight, 0-1 ("doesn't apply" questions leave both). */
  coverage: number;
  answeredWeight: number;
  /** The weight of the questions that apply: "doesn't apply" answers are left out. */
  totalWeight: number;
  status: StageStatus;
  /** Rated, and the score reaches the threshold: achieved unless an essential practice holds it back. */
  scoreReached: boolean;
  /** Essential practices answered on the scale below the floor: each one keeps the stage from being achieved. */
  essentialsBelowFloor: string[];
  /** Essential practices answered "don't know" or not answered: nobody has confirmed them yet. */
  essentialsUnconfirmed: string[];
  questionCount: number;
  answeredCount: number;
  dontKnowCount: number;
  notApplicableCount: number;
  unansweredCount: number;
}

/**
 * Scores one stage: weighted mean of answered levels as a percentage, its coverage and status. A stage is achieved
 * when it is rated, its score reaches the threshold and every essential practice is at the floor or above.
 */
export function scoreStage(stage: StageStructure, answers: Answers, rules: ScoringRules): StageResult {
  let weightedSum = 0;
  let answeredWeight = 0;
  let totalWeight = 0;
  let answeredCount = 0;
  let dontKnowCount = 0;
  let notApplicableCount = 0;
  const essentialsBelowFloor: string[] = [];
  const essentialsUnconfirmed: string[] = [];
  for (const question of stage.questions) {
    const answer = effectiveAnswer(question, answers);
    if (answer === 'not-applicable') {
      notApplicableCount++;
      continue;
    }
    totalWeight += question.weight;
    if (isLevel(answer)) {
      weightedSum += question.weight * answer;
      answeredWeight += question.weight;
      answeredCount++;
    } else if (answer === DONT_KNOW) {
      dontKnowCount++;
    }
    if (question.essential) {
      if (!isLevel(answer)) essentialsUnconfirmed.push(question.id);
      else if (answer < rules.essentialFloor) essentialsBelowFloor.push(question.id);
    }
  }
  // Integer numerator and denominator keep exact thresholds (e.g. 75) exact in floating point.
  const score = answeredWeight > 0 ? (weightedSum * (100 / MAX_LEVEL)) / answeredWeight : null;
  const { numerator, denominator } = rules.ratedCoverage;
  const rated = totalWeight > 0 && answeredWeight * denominator >= totalWeight * numerator;
  const scoreReached = rated && score !== null && score >= rules.achievedScore;
  const essentialsMet = essentialsBelowFloor.length === 0 && essentialsUnconfirmed.length === 0;
  return {
    stageId: stage.id,
    order: stage.order,
    score,
    coverage: totalWeight > 0 ? answeredWeight / totalWeight : 0,
    answeredWeight,
    totalWeight,
    status: rateStatus(rated, score, scoreReached && essentialsMet),
    scoreReached,
    essentialsBelowFloor,
    essentialsUnconfirmed,
    questionCount: stage.questions.length,
    answeredCount,
    dontKnowCount,
    notApplicableCount,
    unansweredCount: stage.questions.length - answeredCount - dontKnowCount - notApplicableCount,
  };
}

function rateStatus(rated: boolean, score: number | null, achieved: boolean): StageStatus {
  if (!rated || score === null) return 'not-rated';
  if (achieved) return 'achieved';
  return score > 0 ? 'in-progress' : 'not-started';
}
