import { describe, expect, it } from 'vitest';
import { acceptsAnswer, DONT_KNOW, LEVELS, NOT_APPLICABLE } from '../../src/engine/answers';
import { countAnswered, findUnanswered } from '../../src/engine/progress';
import { MODEL } from './fixture';

const conditional = { conditional: true };
const plain = { conditional: false };

describe('acceptsAnswer', () => {
  it('takes "doesn\'t apply" on a conditional question only', () => {
    expect(acceptsAnswer(conditional, NOT_APPLICABLE)).toBe(true);
    expect(acceptsAnswer(plain, NOT_APPLICABLE)).toBe(false);
    // A question the model does not know is not conditional.
    expect(acceptsAnswer(undefined, NOT_APPLICABLE)).toBe(false);
  });

  it('takes every level and "don\'t know" on any question', () => {
    for (const value of [...LEVELS, DONT_KNOW]) {
      expect(acceptsAnswer(plain, value)).toBe(true);
      expect(acceptsAnswer(conditional, value)).toBe(true);
      expect(acceptsAnswer(undefined, value)).toBe(true);
    }
  });
});

describe('progress with "doesn\'t apply"', () => {
  it('counts "doesn\'t apply" as answered, like "don\'t know"', () => {
    const [a, b, c] = MODEL.stages[0]!.questions.map((q) => q.id);
    const answers = { [a!]: NOT_APPLICABLE, [b!]: DONT_KNOW };
    expect(countAnswered(MODEL.stages[0]!, answers)).toBe(2);
    expect(findUnanswered(MODEL, answers)[0]).toEqual({ order: 1, questionIds: [c] });
  });
});
