import { type AnswerValue, DONT_KNOW, NOT_APPLICABLE } from '../../engine/answers';

/** The agreed answer as the room view marks it on each card (`data-agreed`): 0-4, dont-know, not-applicable, or empty. */
export const agreedAttribute = (answer: AnswerValue | undefined): string => (answer === undefined ? '' : String(answer));

/** A select's or a key's value back to an answer. */
export function parseAnswerValue(value: string): AnswerValue | undefined {
  if (value === DONT_KNOW) return DONT_KNOW;
  if (value === NOT_APPLICABLE) return NOT_APPLICABLE;
  const level = Number(value);
  return value !== '' && Number.isInteger(level) && level >= 0 && level <= 4 ? (level as AnswerValue) : undefined;
}
