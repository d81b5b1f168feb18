// Model 1.1 on the stage page and in a workshop turn: what each level looks like (on demand, and as each radio's
// description), the essential mark, and "doesn't apply" on conditional questions only. Which questions are essential or
// conditional, and what the texts say, is read from the bundled content, never typed in.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NOT_APPLICABLE } from '../../src/engine/answers';
import type { QuestionStructure, StageStructure } from '../../src/engine/model-types';
import { useWorkshopStore } from '../../src/features/workshop/workshop-store';
import { loadLevelDescriptors } from '../../src/model/level-descriptors';
import { model } from '../../src/model/structure';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { contentTexts, escapeRegExp, type Lang } from '../features/content-text';
import { renderApp, resetStore } from '../features/render-app';

const allQuestions = model.stages.flatMap((s) => s.questions);
const stageWith = (has: (q: QuestionStructure) => boolean): StageStructure => model.stages.find((s) => s.questions.some(has))!;
const conditionalStage = stageWith((q) => q.conditional);
const essentialStage = stageWith((q) => q.essential);

/** The question's fieldset, found by its statement (the legend starts with it). */
async function questionGroup(lang: Lang, question: QuestionStructure) {
  const { questions } = await contentTexts(lang);
  return screen.findByRole('group', { name: new RegExp(`^${escapeRegExp(questions[question.id]!.statement)}`) });
}

beforeEach(() => {
  resetStore();
  useWorkshopStore.setState({ title: '', participants: [], agreements: {} });
});

describe('level descriptors on the stage page', () => {
  it.each(['es', 'en'] as const)('describes every level radio with what it looks like for that question (%s)', async (lang) => {
    const stage = model.stages[0]!;
    await renderApp(`/stage/${stage.order}`, lang);
    const { scale } = await contentTexts(lang);
    const descriptors = await loadLevelDescriptors(lang, stage.id);
    for (const question of stage.questions) {
      const group = await questionGroup(lang, question);
      for (const level of [0, 1, 2, 3, 4] as const) {
        const radio = await within(group).findByRole('radio', { name: new RegExp(`^${level}\\s*${escapeRegExp(scale.levels[level]!)}$`) });
        expect(radio).toHaveAccessibleDescription(descriptors[question.id]![level]);
      }
      // "Don't know" has no level to describe.
      expect(within(group).getByRole('radio', { name: scale.dontKnow })).not.toHaveAttribute('aria-describedby');
    }
  });

  it('lists levels 0 to 4 with their labels on demand, each text once, the chosen level marked', async () => {
    const user = userEvent.setup();
    const stage = model.stages[0]!;
    const question = stage.questions[0]!;
    resetStore({ answers: { [question.id]: 2 } });
    await renderApp(`/stage/${stage.order}`, 'en');
    const { scale } = await contentTexts('en');
    const descriptors = (await loadLevelDescriptors('en', stage.id))[question.id]!;
    const group = await questionGroup('en', question);
    const toggle = await within(group).findByRole('button', { name: 'What each level looks like' });
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(list).not.toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide the levels');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    items.forEach((item, level) => {
      expect(item).toBeVisible();
      expect(item).toHaveTextContent(`${level}${scale.levels[level]} ${descriptors[level]}`);
    });
    // Level 3 is no longer shown apart as help: every descriptor is in the page exactly once.
    for (const text of descriptors) expect(within(group).getAllByText(text)).toHaveLength(1);
    expect(items[2]).toHaveClass('level-list__item--chosen');
    await user.click(toggle);
    expect(list).not.toBeVisible();
  });

  it('follows the language: the descriptors of the other language load with it', async () => {
    const stage = model.stages[1]!;
    const question = stage.questions[0]!;
    await renderApp(`/stage/${stage.order}`, 'es');
    const es = (await loadLevelDescriptors('es', stage.id))[question.id]!;
    expect(await within(await questionGroup('es', question)).findByText(es[0]!)).toBeInTheDocument();
    const en = (await loadLevelDescriptors('en', stage.id))[question.id]!;
    expect(en[0]).not.toBe(es[0]);
  });
});

describe('essential practices', () => {
  it('marks essential practices, and only them, with the floor from the model filled in', async () => {
    await renderApp(`/stage/${essentialStage.order}`, 'en');
    const { scale } = await contentTexts('en');
    const floor = model.scoring.essentialFloor;
    for (const question of essentialStage.questions) {
      const group = await questionGroup('en', question);
      if (question.essential) {
        expect(group).toHaveAttribute('data-essential', 'true');
        expect(within(group).getByText('Essential')).toBeVisible();
        expect(group).toHaveTextContent(`while it is below level ${floor} (${scale.levels[floor]}), the stage is not achieved`);
      } else {
        expect(group).not.toHaveAttribute('data-essential');
        expect(within(group).queryByText('Essential')).not.toBeInTheDocument();
      }
    }
  });

  it('says it in Spanish too', async () => {
    await renderApp(`/stage/${essentialStage.order}`, 'es');
    const group = await questionGroup('es', essentialStage.questions.find((q) => q.essential)!);
    expect(within(group).getByText('Esencial')).toBeVisible();
    expect(group).toHaveTextContent(`por debajo del nivel ${model.scoring.essentialFloor}`);
  });
});

describe('"doesn\'t apply"', () => {
  it('is offered on conditional questions only, under their condition, and is stored and counted as answered', async () => {
    const user = userEvent.setup();
    await renderApp(`/stage/${conditionalStage.order}`, 'en');
    const texts = await contentTexts('en');
    for (const question of conditionalStage.questions) {
      const group = await questionGroup('en', question);
      const notApplicable = within(group).queryByRole('radio', { name: texts.scale.notApplicable });
      if (!question.conditional) {
        expect(notApplicable).not.toBeInTheDocument();
        expect(within(group).getAllByRole('radio')).toHaveLength(6);
        continue;
      }
      expect(within(group).getAllByRole('radio')).toHaveLength(7);
      expect(within(group).getByText(texts.questions[question.id]!.condition!)).toBeVisible();
      await user.click(notApplicable!);
      expect(notApplicable).toBeChecked();
      expect(useAssessmentStore.getState().answers[question.id]).toBe(NOT_APPLICABLE);
    }
    const conditionalCount = conditionalStage.questions.filter((q) => q.conditional).length;
    const nav = screen.getByRole('navigation', { name: 'Questionnaire stages' });
    expect(within(nav).getByText(new RegExp(`${conditionalCount} of ${allQuestions.length} questions answered`))).toBeInTheDocument();
  });

  it('is refused by the store on a question the content does not mark conditional', () => {
    const plain = allQuestions.find((q) => !q.conditional)!;
    const conditional = allQuestions.find((q) => q.conditional)!;
    const { setAnswer } = useAssessmentStore.getState();
    expect(setAnswer(plain.id, NOT_APPLICABLE)).toBe(false);
    expect(useAssessmentStore.getState().answers).toEqual({});
    expect(setAnswer(conditional.id, NOT_APPLICABLE)).toBe(true);
    expect(setAnswer(plain.id, 0)).toBe(true);
    expect(useAssessmentStore.getState().answers).toEqual({ [conditional.id]: NOT_APPLICABLE, [plain.id]: 0 });
  });
});

describe('a workshop turn', () => {
  it('shows the same scale: descriptors, the essential mark, and "doesn\'t apply" on conditional questions', async () => {
    const user = userEvent.setup();
    await renderApp('/workshop', 'en');
    await user.click(await screen.findByRole('button', { name: 'Start answering' }));
    await screen.findByRole('heading', { level: 1, name: /answers$/ });
    const texts = await contentTexts('en');
    const nextStage = screen.getByRole('button', { name: 'Next stage' });
    for (let order = 1; order < conditionalStage.order; order++) await user.click(nextStage);
    await screen.findByRole('heading', { level: 2, name: new RegExp(`^Stage ${conditionalStage.order} — `) });
    const descriptors = await loadLevelDescriptors('en', conditionalStage.id);
    for (const question of conditionalStage.questions) {
      const group = await questionGroup('en', question);
      const four = await within(group).findByRole('radio', { name: new RegExp(`^4\\s*${escapeRegExp(texts.scale.levels[4]!)}$`) });
      expect(four).toHaveAccessibleDescription(descriptors[question.id]![4]);
      expect(within(group).getByRole('button', { name: 'What each level looks like' })).toBeInTheDocument();
      expect(group.getAttribute('data-essential') === 'true').toBe(question.essential);
      expect(within(group).queryByRole('radio', { name: texts.scale.notApplicable }) !== null).toBe(question.conditional);
    }
    const conditional = conditionalStage.questions.find((q) => q.conditional)!;
    await user.click(within(await questionGroup('en', conditional)).getByRole('radio', { name: texts.scale.notApplicable }));
    expect(useWorkshopStore.getState().participants[0]!.answers[conditional.id]).toBe(NOT_APPLICABLE);
  });
});
