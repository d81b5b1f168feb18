import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DONT_KNOW } from '../../../src/engine/answers';
import { model } from '../../../src/model/structure';
import { escapeRegExp, stageName } from '../content-text';
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
    // Every stage 3 question blocks the next rung (the "don't know" one included), so every one is in Now.
    expect(within(roadmap).getByRole('heading', { name: `Now (${model.stages[2]!.questions.length})` })).toBeInTheDocument();
    expect(within(roadmap).getByRole('heading', { name: /^Find out \(1\)$/ })).toBeInTheDocument();
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
});
