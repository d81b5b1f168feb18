import type { Answers } from './answers';
import { buildRoadmap, findBlockingUnknowns, type Roadmap, type RoadmapItem } from './build-roadmap';
import type { ModelStructure } from './model-types';
import { computeOverallIndex, findStagesAheadOfFoundations, placeOnLadder } from './place-on-ladder';
import { findProvisionalPlacement, type ProvisionalPlacement } from './provisional-placement';
import { scoreStage, type StageResult } from './score-stage';

export interface AssessmentResult {
  modelId: string;
  modelVersion: string;
  stages: StageResult[];
  /** 0 to 10. */
  placement: number;
  /** Stage ids achieved above placement + 1. */
  aheadOfFoundations: string[];
  /** Why the company is not on the next rung: the roadmap's Now horizon itself, read through this name. */
  readonly blockingItems: RoadmapItem[];
  /** "Don't know" answers of the next rung's stage: Now points to them (they sit under Find out) instead of repeating them. */
  blockingUnknowns: RoadmapItem[];
  /** Set when the next rung is held back only by answers nobody has given yet; null when the placement is settled. */
  provisional: ProvisionalPlacement | null;
  /** 0-100, null when no stage is rated. */
  overallIndex: number | null;
  questionCount: number;
  answeredCount: number;
  dontKnowCount: number;
  notApplicableCount: number;
  unansweredCount: number;
  roadmap: Roadmap;
}

/** Scores every stage, places the company on the ladder and derives its roadmap. */
export function assess(model: ModelStructure, answers: Answers): AssessmentResult {
  const stages = model.stages.map((stage) => scoreStage(stage, answers, model.scoring));
  const placement = placeOnLadder(stages);
  const roadmap = buildRoadmap(model, answers, placement);
  const sum = (pick: (s: StageResult) => number) => stages.reduce((total, s) => total + pick(s), 0);
  return {
    modelId: model.id,
    modelVersion: model.version,
    stages,
    placement,
    provisional: findProvisionalPlacement(model, answers, stages, placement),
    blockingUnknowns: findBlockingUnknowns(model, answers, placement),
    aheadOfFoundations: findStagesAheadOfFoundations(stages, placement),
    overallIndex: computeOverallIndex(stages),
    questionCount: sum((s) => s.questionCount),
    answeredCount: sum((s) => s.answeredCount),
    dontKnowCount: sum((s) => s.dontKnowCount),
    notApplicableCount: sum((s) => s.notApplicableCount),
    unansweredCount: sum((s) => s.unansweredCount),
    roadmap,
    // Derived, not stored twice: whatever the roadmap's Now horizon holds.
    get blockingItems() {
      return this.roadmap.now;
    },
  };
}
