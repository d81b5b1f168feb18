import { describe, expect, it } from 'vitest';
import { modelOutline } from '../../src/model/outline';
import { model, questionCount } from '../../src/model/structure';

// The landing shows the outline instead of the whole structure (issue 12, the first page's bytes): they must agree.
describe('model outline', () => {
  it('has the structure’s stages, in order, and its number of questions', () => {
    expect(modelOutline.stages).toEqual(model.stages.map(({ id, order }) => ({ id, order })));
    expect(modelOutline.questionCount).toBe(questionCount);
  });
});
