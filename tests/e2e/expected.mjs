// Expected results computed by the engine itself from the real content, for browser assertions.
import { resolve } from 'node:path';
import { assess } from '../../src/engine/assess.ts';
import { extractLevelDescriptors, extractStructure, extractTexts } from '../../src/engine/split-content.ts';
import { readContent } from '../../scripts/read-content.ts';

const checked = readContent(resolve('content'));
if (!checked.ok) throw new Error('content/ is invalid; run npm run content:check');
export const structure = extractStructure(checked.content);

/** Content texts (statements, scale labels) in one language, as the app shows them. */
export function textsFor(lang) {
  return extractTexts(checked.content, lang);
}

/** Answers as the UI would store them from a pick(stage, index) -> radio position function. */
export function answersFrom(pick) {
  const answers = {};
  for (const stage of structure.stages) {
    stage.questions.forEach((q, i) => {
      const choice = pick(stage.order, i);
      if (choice === null || choice === undefined) return;
      answers[q.id] = choice === 5 ? 'dont-know' : choice;
    });
  }
  return answers;
}

export function expectedPlacement(pick) {
  return assess(structure, answersFrom(pick)).placement;
}

/** What each level (0-4) looks like for every question in one language, keyed by question id. */
export function levelDescriptorsFor(lang) {
  return extractLevelDescriptors(checked.content, lang);
}
