import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAssessmentStore } from '../../../src/state/assessment-store';
import { loadLevelDescriptors } from '../../../src/model/level-descriptors';
import { model } from '../../../src/model/structure';
import { contentTexts, escapeRegExp, stageName } from '../content-text';
import { renderApp, resetStore } from '../render-app';

const stage1 = model.stages[0]!;
const totalQuestions = model.stages.reduce((n, s) => n + s.questions.length, 0);

async function firstQuestion() {
  await screen.findByRole('heading', { level: 1, name: /^(Stage|Etapa) \d+ — / });
  return screen.getAllByRole('group').find((g) => g.tagName === 'FIELDSET')!;
}

describe('stage page', () => {
  beforeEach(() => resetStore());

  it('shows "Etapa 1 — …" and one fieldset per question with the scale\'s radios in order', async () => {
    await renderApp('/stage/1', 'es');
    expect(await screen.findByRole('heading', { level: 1, name: `Etapa 1 — ${await stageName('es', 1)}` })).toBeInTheDocument();
    const groups = screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');
    expect(groups).toHaveLength(stage1.questions.length);
    const radios = within(groups[0]!).getAllByRole('radio');
    const notApplicable = stage1.questions[0]!.conditional ? ['not-applicable'] : [];
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['0', '1', '2', '3', '4', 'dont-know', ...notApplicable]);
    const { scale } = await contentTexts('es');
    expect(within(groups[0]!).getByRole('radio', { name: new RegExp(escapeRegExp(scale.dontKnow)) })).toBe(radios[5]);
    expect(within(groups[0]!).getByRole('radio', { name: new RegExp(`^0\\s*${escapeRegExp(scale.levels[0]!)}$`) })).toBe(radios[0]);
  });

  it('saves an answer as soon as it is chosen, keyed by question id', async () => {
    const user = userEvent.setup();
    await renderApp('/stage/1', 'en');
    const first = await firstQuestion();
    const { scale } = await contentTexts('en');
    await user.click(within(first).getByRole('radio', { name: new RegExp(escapeRegExp(scale.levels[3]!)) }));
    expect(useAssessmentStore.getState().answers[stage1.questions[0]!.id]).toBe(3);
    await user.click(within(first).getByRole('radio', { name: new RegExp(escapeRegExp(scale.dontKnow)) }));
    expect(useAssessmentStore.getState().answers[stage1.questions[0]!.id]).toBe('dont-know');
    expect(JSON.parse(localStorage.getItem('peldano.assessment')!).state.answers[stage1.questions[0]!.id]).toBe('dont-know');
  });

  it('shows what each level looks like on demand and keeps a note', async () => {
    const user = userEvent.setup();
    await renderApp('/stage/1', 'en');
    const first = await firstQuestion();
    const levelsButton = await within(first).findByRole('button', { name: 'What each level looks like' });
    expect(levelsButton).toHaveAttribute('aria-expanded', 'false');
    await user.click(levelsButton);
    expect(levelsButton).toHaveAttribute('aria-expanded', 'true');
    const descriptors = (await loadLevelDescriptors('en', stage1.id))[stage1.questions[0]!.id]!;
    expect(within(first).getByText(descriptors[3]!)).toBeVisible();
    await user.click(within(first).getByRole('button', { name: 'Add a note' }));
    await user.type(within(first).getByLabelText('Note or evidence (optional)'), 'See the «report» of May');
    expect(useAssessmentStore.getState().notes[stage1.questions[0]!.id]).toBe('See the «report» of May');
  });

  it('moves on with "Next"', async () => {
    const user = userEvent.setup();
    await renderApp('/stage/1', 'en');
    await user.click(await screen.findByRole('link', { name: 'Next' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Stage 2 — / })).toBeInTheDocument();
  });

  it('on stage 10 offers "See results" and points out unanswered questions without blocking', async () => {
    await renderApp('/stage/10', 'en');
    expect(await screen.findByRole('link', { name: 'See results' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Next' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: `${totalQuestions} questions are still unanswered` })).toBeInTheDocument();
  });

  it('reaches any stage directly from the stage list, which states progress', async () => {
    const user = userEvent.setup();
    resetStore({ answers: { [stage1.questions[0]!.id]: 2 } });
    await renderApp('/stage/1', 'en');
    const nav = await screen.findByRole('navigation', { name: 'Questionnaire stages' });
    expect(within(nav).getByText(new RegExp(`1 of ${totalQuestions} questions answered`))).toBeInTheDocument();
    const seventh = await stageName('en', 7);
    await user.click(within(nav).getByRole('link', { name: `Stage 7: ${seventh} (0 of ${model.stages[6]!.questions.length} answered)` }));
    expect(await screen.findByRole('heading', { level: 1, name: `Stage 7 — ${seventh}` })).toBeInTheDocument();
  });
});
