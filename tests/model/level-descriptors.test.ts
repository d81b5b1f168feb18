// The one loader of level descriptors, for the stage page, a workshop turn, the room view and the PDF.
import { describe, expect, it } from 'vitest';
import { loadContentTexts } from '../../src/model/content-texts';
import { loadedLevelDescriptors, loadLevelDescriptors } from '../../src/model/level-descriptors';
import { model } from '../../src/model/structure';

const allIds = model.stages.flatMap((s) => s.questions.map((q) => q.id));

describe('loadLevelDescriptors', () => {
  it.each(['es', 'en'])('gives five non-empty descriptors for every question of the model without a stage id, as the PDF needs (%s)', async (lang) => {
    const descriptors = await loadLevelDescriptors(lang);
    expect(Object.keys(descriptors).sort()).toEqual([...allIds].sort());
    for (const id of allIds) {
      expect(descriptors[id]).toHaveLength(5);
      for (const text of descriptors[id]!) expect(text.trim()).not.toBe('');
    }
  });

  it("gives one stage's questions alone with a stage id, and keeps them for synchronous reads", async () => {
    const stage = model.stages[3]!;
    const descriptors = await loadLevelDescriptors('en', stage.id);
    expect(Object.keys(descriptors)).toEqual(stage.questions.map((q) => q.id));
    expect(loadedLevelDescriptors('en', stage.id)).toBe(descriptors);
  });

  it('speaks the language asked for', async () => {
    const id = allIds[0]!;
    const [es, en] = await Promise.all([loadLevelDescriptors('es'), loadLevelDescriptors('en')]);
    expect(es[id]![0]).not.toBe(en[id]![0]);
  });

  it('is kept out of the content texts: screens that do not show descriptors do not load them', async () => {
    const texts = await loadContentTexts('en');
    const descriptors = await loadLevelDescriptors('en');
    const json = JSON.stringify(texts);
    for (const id of allIds) expect(json).not.toContain(descriptors[id]![1]!);
  });

  it('rejects a language or stage the content does not have', async () => {
    await expect(loadLevelDescriptors('fr')).rejects.toThrow(/fr/);
    await expect(loadLevelDescriptors('en', 'no-such-stage')).rejects.toThrow(/no-such-stage/);
  });
});
