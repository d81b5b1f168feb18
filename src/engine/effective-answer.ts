import { type AnswerValue, type Answers, NOT_APPLICABLE } from './answers';
import type { QuestionStructure } from './model-types';

/**
 * The answer the engine scores for a question. "Doesn't apply" counts only on the questions the content marks
 * conditional; anywhere else (a hand-edited file, a question that stopped being conditional) it is no answer at all,
 * so it can never take an essential practice or an ordinary question out of a stage's weight.
 */
export function effectiveAnswer(question: Pick<QuestionStructure, 'id' | 'conditional'>, answers: Answers): AnswerValue | undefined {
  const answer = answers[question.id];
  if (answer === NOT_APPLICABLE && !question.conditional) return undefined;
  return answer;
}
