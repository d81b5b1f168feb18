// Regression: the workshop section wrote the engine's DISAGREEMENT_SPREAD into "{{spread}} or more levels", so a spread
// of 1 read "1 or more levels": the number comes from the engine and its words follow it through i18next's plurals.
import { describe, expect, it, vi } from 'vitest';
import { buildReport } from '../../src/report/build-report';
import { buildWorkshopInput, loadRealContent } from './report-fixture';

vi.mock('../../src/engine/summarize-workshop', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/engine/summarize-workshop')>()),
  DISAGREEMENT_SPREAD: 1,
}));

describe('the workshop section', () => {
  it('writes the engine’s disagreement spread with its plural', () => {
    const content = loadRealContent();
    const texts = (lang: 'es' | 'en') =>
      buildReport(buildWorkshopInput(lang, { content, people: [{}, {}] }))
        .sections.find((section) => section.id === 'workshop')!
        .blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    expect(texts('en')).toContain('No question had answers 1 level or more apart: the room broadly agreed on every question.');
    expect(texts('es')).toContain('Ninguna pregunta tuvo respuestas separadas por 1 nivel o más: la sala coincidió a grandes rasgos en todas.');
  });
});
