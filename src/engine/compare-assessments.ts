import { type AnswerValue, type Answers, isLevel } from './answers';
import { assess } from './assess';
import type { ModelStructure } from './model-types';
import type { StageStatus } from './score-stage';

export interface StageChange {
  stageId: string;
  order: number;
  before: { score: number | null; status: StageStatus };
  after: { score: number | null; status: StageStatus };
  /** Points on the 0-100 scale; null unless both assessments give the stage a score. */
  scoreChange: number | null;
}

export interface QuestionMove {
  questionId: string;
  stageId: string;
  stageOrder: number;
  before: AnswerValue | undefined;
  after: AnswerValue | undefined;
  /** Up or down between two levels; "changed" to or from "don't know" or no answer. */
  direction: 'up' | 'down' | 'changed';
}

export interface AssessmentComparison {
  placement: { before: number; after: number; change: number };
  overallIndex: { before: number | null; after: number | null };
  stages: StageChange[];
  /** Questions whose answer differs, in content order. */
  moved: QuestionMove[];
}

/** What changed between an earlier assessment and the current one, both scored with the same model. */
export function compareAssessments(model: ModelStructure, earlier: Answers, current: Answers): AssessmentComparison {
  const before = assess(model, earlier);
  const after = assess(model, current);
  const stages = model.stages.map((stage, i): StageChange => {
    const b = before.stages[i]!;
    const a = after.stages[i]!;
    return {
      stageId: stage.id,
      order: stage.order,
      before: { score: b.score, status: b.status },
      after: { score: a.score, status: a.status },
      scoreChange: a.score !== null && b.score !== null ? a.score - b.score : null,
    };
  });
  const moved = model.stages.flatMap((stage) =>
    stage.questions
      .filter((q) => earlier[q.id] !== current[q.id])
      .map((q): QuestionMove => {
        const was = earlier[q.id];
        const now = current[q.id];
        const direction = isLevel(was) && isLevel(now) ? (now > was ? 'up' : 'down') : 'changed';
        return { questionId: q.id, stageId: stage.id, stageOrder: stage.order, before: was, after: now, direction };
      }),
  );
  return {
    placement: { before: before.placement, after: after.placement, change: after.placement - before.placement },
    overallIndex: { before: before.overallIndex, after: after.overallIndex },
    stages,
    moved,
  };
}
