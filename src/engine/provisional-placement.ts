import { type AnswerValue, type Answers, DONT_KNOW, isLevel, MAX_LEVEL, NOT_APPLICABLE } from './answers';
import { effectiveAnswer } from './effective-answer';
import type { ModelStructure } from './model-types';
import { placeOnLadder } from './place-on-ladder';
import { scoreStage, type StageResult } from './score-stage';

/** A placement held back only by answers nobody has given yet: how high it could go once they are settled. */
export interface ProvisionalPlacement {
  /** The highest rung the company could reach if the unsettled answers confirmed the practices. */
  upTo: number;
  /** The answers that would settle it ("don't know" or not answered), stages placement + 1 to `upTo`, content order. */
  settle: string[];
  /** Those of `settle` answered "don't know" (the others are not answered at all). */
  dontKnow: string[];
}

/**
 * Whether the placement is provisional. Only answers that say nothing are assumed: in a stage that is not rated,
 * every "don't know" and unanswered question; in a rated stage, only its unconfirmed essential practices. They are
 * taken at the top of the scale; if the ladder then climbs above `placement`, the placement is provisional and
 * could be up to that rung. Answers given on the scale are never changed, so a low answer always holds.
 */
export function findProvisionalPlacement(
  model: ModelStructure,
  answers: Answers,
  stages: readonly StageResult[],
  placement: number,
): ProvisionalPlacement | null {
  const assumed: Record<string, AnswerValue | undefined> = { ...answers };
  const assumedIds = new Map<number, string[]>();
  for (const stage of model.stages) {
    const rated = stages.find((s) => s.order === stage.order)?.status !== 'not-rated';
    const ids: string[] = [];
    for (const question of stage.questions) {
      const answer = effectiveAnswer(question, answers);
      if (isLevel(answer) || answer === NOT_APPLICABLE) continue;
      if (rated && !question.essential) continue;
      assumed[question.id] = MAX_LEVEL;
      ids.push(question.id);
    }
    assumedIds.set(stage.order, ids);
  }
  const upTo = placeOnLadder(model.stages.map((stage) => scoreStage(stage, assumed, model.scoring)));
  if (upTo <= placement) return null;
  const settle: string[] = [];
  for (let order = placement + 1; order <= upTo; order++) settle.push(...(assumedIds.get(order) ?? []));
  return { upTo, settle, dontKnow: settle.filter((id) => answers[id] === DONT_KNOW) };
}
