import type { QuestionStructure } from './model-types';

/** A level on the 0-4 scale. */
export type Level = 0 | 1 | 2 | 3 | 4;
/** "Don't know" counts as unanswered, never as zero. */
export const DONT_KNOW = 'dont-know' as const;
/** "Doesn't apply": valid only on conditional questions; the question leaves its stage's score and weight. */
export const NOT_APPLICABLE = 'not-applicable' as const;
export type AnswerValue = Level | typeof DONT_KNOW | typeof NOT_APPLICABLE;
/** Answers keyed by stable question id; a missing key means not answered. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

export const LEVELS: readonly Level[] = [0, 1, 2, 3, 4];
export const MAX_LEVEL = 4;

export function isLevel(value: unknown): value is Level {
  return value === 0 || value === 1 || value === 2 || value === 3 || value === 4;
}

export function isAnswerValue(value: unknown): value is AnswerValue {
  return isLevel(value) || value === DONT_KNOW || value === NOT_APPLICABLE;
}

/** Whether a question takes this answer: "doesn't apply" only where the content marks the question conditional. */
export function acceptsAnswer(question: Pick<QuestionStructure, 'conditional'> | undefined, value: AnswerValue): boolean {
  if (value === NOT_APPLICABLE) return question?.conditional === true;
  return isAnswerValue(value);
}
