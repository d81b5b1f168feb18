import { type AnswerValue, type Answers, DONT_KNOW, isLevel, MAX_LEVEL, NOT_APPLICABLE } from './answers';
import { effectiveAnswer } from './effective-answer';
import type { ModelStructure, QuestionStructure } from './model-types';

export const HORIZONS = ['now', 'next', 'later', 'strengthen', 'find-out'] as const;
export type Horizon = (typeof HORIZONS)[number];

export interface RoadmapItem {
  questionId: string;
  stageId: string;
  stageOrder: number;
  weight: number;
  /** An essential practice of its stage (see `scoring.essentialFloor`). */
  essential: boolean;
  /** Undefined when the question was not answered. */
  answer: AnswerValue | undefined;
  /** Levels missing to the top of the scale; an unanswered item counts as the whole scale. */
  gap: number;
  /** weight × gap: larger comes first within a horizon. */
  priority: number;
}

export type Roadmap = Record<Horizon, RoadmapItem[]>;

function toItem(question: QuestionStructure, stageOrder: number, answers: Answers): RoadmapItem {
  const answer = effectiveAnswer(question, answers);
  const gap = isLevel(answer) ? MAX_LEVEL - answer : MAX_LEVEL;
  return {
    questionId: question.id,
    stageId: question.stageId,
    stageOrder,
    weight: question.weight,
    essential: question.essential,
    answer,
    gap,
    priority: question.weight * gap,
  };
}

/**
 * True for an answer below the gap threshold, or no level at all ("don't know" or unanswered). "Doesn't apply"
 * never blocks: the question is out of its stage.
 */
export function isBlocking(answer: AnswerValue | undefined, gapBelow: number): boolean {
  if (answer === NOT_APPLICABLE) return false;
  return !isLevel(answer) || answer < gapBelow;
}

function isAnsweredBelow(answer: AnswerValue | undefined, gapBelow: number): boolean {
  return isLevel(answer) && answer < gapBelow;
}

/**
 * The questions of stage placement + 1 that keep the company off the next rung and call for building something:
 * answers below the threshold and unanswered questions. Essential practices below the floor come first, since the
 * stage cannot be achieved without them. "Don't know" answers are not here: they are Find out items
 * (`findBlockingUnknowns`), something to check before anything is built.
 */
export function findBlockingItems(model: ModelStructure, answers: Answers, placement: number): RoadmapItem[] {
  const next = model.stages.find((s) => s.order === placement + 1);
  if (!next) return [];
  const { gapBelow, essentialFloor } = model.scoring;
  const items = next.questions
    .map((q) => toItem(q, next.order, answers))
    .filter((item) => item.answer !== DONT_KNOW && isBlocking(item.answer, gapBelow));
  const underFloor = (item: RoadmapItem) => item.essential && (!isLevel(item.answer) || item.answer < essentialFloor);
  return sortItems(items, model, (a, b) => Number(underFloor(b)) - Number(underFloor(a)));
}

/** The "don't know" answers of stage placement + 1: what the team must find out before the next rung can be settled. */
export function findBlockingUnknowns(model: ModelStructure, answers: Answers, placement: number): RoadmapItem[] {
  const next = model.stages.find((s) => s.order === placement + 1);
  if (!next) return [];
  return sortItems(
    next.questions.map((q) => toItem(q, next.order, answers)).filter((item) => item.answer === DONT_KNOW),
    model,
  );
}

type ItemOrder = (a: RoadmapItem, b: RoadmapItem) => number;

/** By `first` (when given), then weight × gap, then content order: each stage runs from foundation to advanced. */
function sortItems(items: RoadmapItem[], model: ModelStructure, first: ItemOrder = () => 0): RoadmapItem[] {
  const position = new Map(model.stages.flatMap((s) => s.questions.map((q) => [q.id, q.index] as const)));
  return items.sort(
    (a, b) => first(a, b) || b.priority - a.priority || (position.get(a.questionId) ?? 0) - (position.get(b.questionId) ?? 0),
  );
}

/**
 * The stages a horizon covers from the placement P, within the model's stages (from > to: none): Now P+1,
 * Next P+2, Later P+3, Strengthen foundations 1..P, Find out 1..P+3. The roadmap and its descriptions use this.
 */
export function horizonStages(horizon: Horizon, placement: number, stageCount: number): { from: number; to: number } {
  const ranges: Record<Horizon, { from: number; to: number }> = {
    now: { from: placement + 1, to: placement + 1 },
    next: { from: placement + 2, to: placement + 2 },
    later: { from: placement + 3, to: placement + 3 },
    strengthen: { from: 1, to: placement },
    'find-out': { from: 1, to: placement + 3 },
  };
  const { from, to } = ranges[horizon];
  return { from, to: Math.min(to, stageCount) };
}

/**
 * Builds the roadmap in horizons from the placement P: Now (blocking items of P+1 to build), Next and Later
 * (items below the threshold in P+2 and P+3), Strengthen foundations (below the threshold in 1..P)
 * and Find out ("don't know" in 1..P+3). Each horizon is ordered by weight × gap, then content order.
 * A "don't know" answer appears once, under Find out: never as something to build.
 */
export function buildRoadmap(model: ModelStructure, answers: Answers, placement: number): Roadmap {
  const { gapBelow } = model.scoring;
  const collect = (horizon: Horizon, keep: (answer: AnswerValue | undefined) => boolean) => {
    const { from, to } = horizonStages(horizon, placement, model.stages.length);
    return sortItems(
      model.stages
        .filter((s) => s.order >= from && s.order <= to)
        .flatMap((s) => s.questions.map((q) => toItem(q, s.order, answers)).filter((item) => keep(item.answer))),
      model,
    );
  };
  const below = (answer: AnswerValue | undefined) => isAnsweredBelow(answer, gapBelow);
  return {
    now: findBlockingItems(model, answers, placement),
    next: collect('next', below),
    later: collect('later', below),
    strengthen: collect('strengthen', below),
    'find-out': collect('find-out', (answer) => answer === DONT_KNOW),
  };
}
