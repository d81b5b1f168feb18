import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_LEVEL } from '../../src/engine/answers';
import { ExportImportPanel } from '../../src/features/results/export-import-panel';
import { changeLanguage, setupI18n } from '../../src/i18n/setup-i18n';
import { loadContentTexts } from '../../src/model/content-texts';
import { model } from '../../src/model/structure';
import { buildAssessmentFile } from '../../src/portability/assessment-file';
import { emptyAssessment } from '../../src/state/assessment-store';
import { renderApp, resetStore } from './render-app';

// Stage 1 fully in place and nothing else: placement 1.
function seedPlacementOne() {
  resetStore({ answers: Object.fromEntries(model.stages[0]!.questions.map((q) => [q.id, 4 as const])) });
}

describe('copy slips', () => {
  beforeEach(() => resetStore());

  it.each([
    ['es', 'La etapa 1 está alcanzada: esa es la base sobre la que construir.'],
    ['en', 'Stage 1 is achieved: that is the foundation to build on.'],
  ] as const)('does not say "Stages 1 to 1 are achieved" at placement 1 (%s)', async (lang, sentence) => {
    seedPlacementOne();
    await renderApp('/results', lang);
    expect(await screen.findByText(sentence)).toBeInTheDocument();
    expect(screen.queryByText(/1 to 1|de la 1 a la 1/)).not.toBeInTheDocument();
  });

  it.each(['es', 'en'] as const)('shows the heading "The answer scale" once on the model page (%s)', async (lang) => {
    await renderApp('/model', lang);
    const methodology = (await screen.findByRole('heading', { level: 2, name: /Cómo funciona|How the assessment works/ })).closest('section')!;
    const scaleHeadings = within(methodology).getAllByRole('heading', { name: /^(La escala de respuesta|The answer scale)$/ });
    expect(scaleHeadings).toHaveLength(1);
    // The legend sits under that one heading: every level, "don't know" and "doesn't apply".
    const scaleSection = scaleHeadings[0]!.closest('section')!;
    expect(within(scaleSection).getAllByRole('listitem')).toHaveLength(MAX_LEVEL + 1 + 2);
  });

  it('says "Hide the note" while the note is open, with aria-expanded', async () => {
    const user = userEvent.setup();
    await renderApp('/stage/1', 'en');
    await screen.findByRole('heading', { level: 1, name: /^Stage 1 — / });
    const first = screen.getAllByRole('group').find((g) => g.tagName === 'FIELDSET')!;
    const toggle = within(first).getByRole('button', { name: 'Add a note' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAccessibleName('Hide the note');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.type(within(first).getByLabelText('Note or evidence (optional)'), 'Evidence');
    await user.click(toggle);
    expect(toggle).toHaveAccessibleName('Show the note');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('asks the size in words understood across Latin America and Spain, not "plantilla"', async () => {
    await renderApp('/profile', 'es');
    expect(await screen.findByLabelText('Tamaño (personas empleadas)')).toBeInTheDocument();
    expect(screen.queryByText(/plantilla/i)).not.toBeInTheDocument();
  });
});

describe('import errors name questions by number and statement, not by internal id', () => {
  beforeAll(async () => {
    await setupI18n();
    await loadContentTexts('es');
    await changeLanguage('es');
  });

  it('lists an off-scale answer as "1.2 “statement…”"', async () => {
    const user = userEvent.setup();
    resetStore();
    const texts = await loadContentTexts('es');
    const [, second] = model.stages[0]!.questions;
    const file = buildAssessmentFile({ ...emptyAssessment(), answers: {} }, { model, language: 'es', exportedAt: new Date('2025-05-01T12:00:00Z') });
    const text = JSON.stringify({ ...file, answers: { [second!.id]: 7 } });
    render(<ExportImportPanel />);
    await user.upload(await screen.findByLabelText('Importar'), new File([text], 'fuera.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    const statement = texts.questions[second!.id]!.statement;
    expect(alert).toHaveTextContent(`1.2 «${statement.slice(0, 30)}`);
    expect(alert).not.toHaveTextContent(second!.id);
  });
});
