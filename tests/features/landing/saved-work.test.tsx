import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { model } from '../../../src/model/structure';
import { renderApp, resetStore } from '../render-app';

const [stage1, stage2] = model.stages;
const stageAnswers = (stage: typeof stage1, level: number) => Object.fromEntries(stage!.questions.map((q) => [q.id, level]));

// The landing loads the store with its saved-work actions only when something is saved (issue 12, the first page's bytes).
describe('the landing page and saved work', () => {
  beforeEach(() => {
    resetStore();
    localStorage.clear();
  });

  it('a first visit offers to start, and nothing to continue', async () => {
    await renderApp('/', 'en');
    expect(await screen.findByRole('link', { name: 'Start the assessment' })).toHaveAttribute('href', '#/profile');
    expect(screen.queryByRole('link', { name: 'Continue the assessment' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start a new assessment' })).toBeNull();
  });

  it('with saved answers, continues at the first stage with unanswered questions and says how far it got', async () => {
    resetStore({ answers: stageAnswers(stage1, 3) as never });
    await renderApp('/', 'en');
    expect(await screen.findByRole('link', { name: 'Continue the assessment' })).toHaveAttribute('href', `#/stage/${stage2!.order}`);
    expect(screen.getByText(`An assessment is saved in this browser: ${stage1!.questions.length} of ${model.stages.reduce((n, s) => n + s.questions.length, 0)} questions answered.`)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Start the assessment' })).toBeNull();
  });

  it('starting a new assessment asks first', async () => {
    resetStore({ answers: stageAnswers(stage1, 1) as never });
    await renderApp('/', 'es');
    await userEvent.click(await screen.findByRole('button', { name: 'Comenzar una evaluación nueva' }));
    const dialog = screen.getByRole('dialog', { name: '¿Empezar una evaluación nueva?' });
    expect(within(dialog).getByRole('button', { name: 'Cancelar' })).toBeInTheDocument();
  });
});
