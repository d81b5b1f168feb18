import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { model } from '../../../src/model/structure';
import { buildAssessmentFile } from '../../../src/portability/assessment-file';
import { emptyAssessment, useAssessmentStore } from '../../../src/state/assessment-store';
import { EMPTY_PROFILE } from '../../../src/engine/profile';
import { renderApp, resetStore } from '../render-app';

const stage1 = model.stages[0]!;
const fileWith = (answers: Record<string, unknown>, name = 'recibida.json') => {
  const file = buildAssessmentFile(
    { ...emptyAssessment(), answers: {}, profile: { ...EMPTY_PROFILE, organization: 'Bodegas Añora' } },
    { model, language: 'es', exportedAt: new Date('2025-05-01T12:00:00Z') },
  );
  return new File([JSON.stringify({ ...file, answers })], name, { type: 'application/json' });
};
const stageOneAt = (level: number) => Object.fromEntries(stage1.questions.map((q) => [q.id, level]));

// Regression: a visitor who received an assessment file had no way to open it from the first screen.
describe('open an assessment file from the landing page', () => {
  beforeEach(() => resetStore());

  it('opens a received file straight into the results', { timeout: 20_000 }, async () => {
    const user = userEvent.setup({ applyAccept: false });
    await renderApp('/', 'es');
    await user.upload(await screen.findByLabelText('Abrir un archivo de evaluación'), fileWith(stageOneAt(4)));
    expect(await screen.findByRole('heading', { level: 1, name: 'Resultados' })).toBeInTheDocument();
    expect(await screen.findByText(`Evaluación importada de «recibida.json»: ${stage1.questions.length} respuestas.`)).toBeInTheDocument();
    expect(useAssessmentStore.getState().profile.organization).toBe('Bodegas Añora');
    expect(document.querySelector('[data-placement]')).toHaveAttribute('data-placement', '1');
  });

  it('asks before replacing saved answers, and offers the undo the question promised', async () => {
    const user = userEvent.setup({ applyAccept: false });
    resetStore({ answers: stageOneAt(2) as never });
    await renderApp('/', 'en');
    await user.upload(await screen.findByLabelText('Open an assessment file'), fileWith(stageOneAt(4), 'sent.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Replace the current assessment?' });
    expect(useAssessmentStore.getState().answers[stage1.questions[0]!.id]).toBe(2);
    await user.click(within(dialog).getByRole('button', { name: 'Replace with the file' }));
    await screen.findByRole('heading', { level: 1, name: 'Results' });
    expect(useAssessmentStore.getState().answers[stage1.questions[0]!.id]).toBe(4);
    await user.click(await screen.findByRole('button', { name: 'Undo the import' }));
    expect(useAssessmentStore.getState().answers[stage1.questions[0]!.id]).toBe(2);
    expect(await screen.findByText('The assessment you had before the import is back.')).toBeInTheDocument();
  });

  it('explains a bad file in an alert, naming questions by number, and stays on the landing page', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await renderApp('/', 'en');
    const input = await screen.findByLabelText('Open an assessment file');
    await user.upload(input, fileWith({ [stage1.questions[0]!.id]: 9 }, 'odd.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“odd.json” could not be imported.');
    expect(alert).toHaveTextContent(/outside the scale.*: 1\.1 “/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { level: 1, name: /Which rung/ })).toBeInTheDocument();
    expect(useAssessmentStore.getState().answers).toEqual({});
  });
});

// Regression: sector and size were asked "to personalise the report" but appeared nowhere.
describe('the profile on the results header', () => {
  it('shows sector and size with translated labels', async () => {
    resetStore({ answers: stageOneAt(4) as never, profile: { ...EMPTY_PROFILE, organization: 'Bodegas Añora', sector: 'retail', size: '50-249' } });
    await renderApp('/results', 'es');
    const header = (await screen.findByRole('heading', { level: 1, name: 'Resultados' })).closest('header')!;
    expect(header).toHaveTextContent('Bodegas Añora');
    expect(within(header).getByText('Sector').nextElementSibling).toHaveTextContent('Comercio');
    expect(within(header).getByText('Tamaño').nextElementSibling).toHaveTextContent('De 50 a 249 personas');
  });

  it('leaves out what the profile left empty', async () => {
    resetStore({ answers: stageOneAt(4) as never, profile: { ...EMPTY_PROFILE, size: '1-9' } });
    await renderApp('/results', 'en');
    const header = (await screen.findByRole('heading', { level: 1, name: 'Results' })).closest('header')!;
    expect(within(header).queryByText('Sector')).not.toBeInTheDocument();
    expect(within(header).getByText('Size').nextElementSibling).toHaveTextContent('1 to 9 people');
  });
});
