import { type AnswerValue, DONT_KNOW, NOT_APPLICABLE } from '../engine/answers';
import type { ContentTexts } from '../engine/model-types';

/** "2 · Partly in place", "Don't know", or the not-answered label. */
export function answerLabel(answer: AnswerValue | undefined, texts: ContentTexts, notAnswered: string): string {
  if (answer === undefined) return notAnswered;
  if (answer === DONT_KNOW) return texts.scale.dontKnow;
  if (answer === NOT_APPLICABLE) return texts.scale.notApplicable;
  return `${answer} · ${texts.scale.levels[answer] ?? ''}`;
}
