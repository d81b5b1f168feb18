import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DONT_KNOW } from '../../../src/engine/answers';
import { model } from '../../../src/model/structure';
import { contentTexts, escapeRegExp, stageName } from '../content-text';
import { renderApp, resetStore } from '../render-app';

// Stages 1-2 fully in place, stage 3 weak with one "don't know": placement 2, blocked at stage 3.
function seedPlacementTwo() {
  const answers: Record<string, 0 | 1 | 2 | 3 | 4 | typeof DONT_KNOW> = {};
  for (const stage of model.stages.slice(0, 2)) for (const q of stage.questions) answers[q.id] = 4;
  model.stages[2]!.questions.forEach((q, i) => (answers[q.id] = i === 0 ? DONT_KNOW : 1));
  resetStore({ answers });
}

describe('results page', () => {
  beforeEach(seedPlacementTwo);

  it('states the placement in words with data-placement', async () => {
    const { container } = await renderApp('/results', 'es');
    await screen.findByRole('heading', { level: 1, name: 'Resultados' });
    const placement = container.querySelector('[data-placement]')!;
    expect(placement).toHaveAttribute('data-placement', '2');
    expect(placement).toHaveTextContent(`Etapa 2 — ${await stageName('es', 2)}`);
  });

  it('explains what blocks the next rung, counts "don\'t know" and lists the roadmap by horizon', async () => {
    await renderApp('/results', 'en');
    const blocking = (await screen.findByRole('heading', { name: `What is missing to reach Stage 3 — ${await stageName('en', 3)}` })).closest('section')!;
    expect(within(blocking).getAllByRole('listitem')).toHaveLength(model.stages[2]!.questions.length);
    expect(screen.getByText('"Don\'t know" was the answer to 1 question.')).toBeInTheDocument();
    const roadmap = screen.getByRole('region', { name: 'Roadmap' });
    // Every stage 3 question blocks the next rung; the "don't know" one is to find out, not to build: Now points to it.
    expect(within(blocking).getByText(/^Find out first: 1 practice of this stage was answered "Don't know"/)).toBeInTheDocument();
    expect(within(roadmap).getByRole('heading', { name: `Now (${model.stages[2]!.questions.length - 1})` })).toBeInTheDocument();
    expect(within(roadmap).getByText(/settle 1 "Don't know" answer of this stage/)).toBeInTheDocument();
    const findOut = within(roadmap).getByRole('heading', { name: /^Find out \(1\)$/ }).closest('section')!;
    const statement = (await contentTexts('en')).questions[model.stages[2]!.questions[0]!.id]!.statement;
    expect(within(findOut).getByText(`Find out whether this holds: ${statement}`)).toBeInTheDocument();
    expect(within(roadmap).queryByRole('heading', { name: /^Strengthen foundations/ })).not.toBeInTheDocument();
  });

  it('shows every stage score and status in a table as the chart’s text alternative', async () => {
    await renderApp('/results', 'en');
    const table = await screen.findByRole('table', { name: 'Score, status and coverage of each stage' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toHaveTextContent(new RegExp(`1\\. ${escapeRegExp(await stageName('en', 1))}\\s*100%\\s*✓?\\s*Achieved\\s*100%`));
    expect(rows[2]).toHaveTextContent(/In progress/);
    expect(rows[3]).toHaveTextContent(/Not rated/);
  });

  it('says when the placement is provisional, how high it could go and which answers would settle it', async () => {
    // Stages 1-4 in place except one essential practice of stage 2 answered "don't know"; the rest at 0.
    const essential = model.stages[1]!.questions.find((q) => q.essential)!;
    const answers: Record<string, 0 | 4 | typeof DONT_KNOW> = {};
    model.stages.forEach((stage) => stage.questions.forEach((q) => (answers[q.id] = stage.order <= 4 ? 4 : 0)));
    answers[essential.id] = DONT_KNOW;
    resetStore({ answers });
    const { container } = await renderApp('/results', 'en');
    await screen.findByRole('heading', { level: 1, name: 'Results' });
    const placement = container.querySelector('[data-placement]')!;
    expect(placement).toHaveAttribute('data-placement', '1');
    expect(placement).toHaveAttribute('data-provisional-up-to', '4');
    expect(placement).toHaveTextContent(`provisional: could be up to Stage 4 — ${await stageName('en', 4)}`);
    const note = screen.getByRole('note', { name: 'A provisional placement' });
    const statement = (await contentTexts('en')).questions[essential.id]!.statement;
    expect(within(note).getByText(new RegExp(escapeRegExp(statement)))).toBeInTheDocument();
  });

  it('leaves data-provisional-up-to off a settled placement', async () => {
    const { container } = await renderApp('/results', 'en');
    await screen.findByRole('heading', { level: 1, name: 'Results' });
    expect(container.querySelector('[data-placement]')).not.toHaveAttribute('data-provisional-up-to');
  });
});
