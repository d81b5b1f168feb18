import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { assess } from '../../../src/engine/assess';
import { listRoadmapActions } from '../../../src/engine/action-plan';
import { model } from '../../../src/model/structure';
import { useAssessmentStore } from '../../../src/state/assessment-store';
import { useMilestoneStore } from '../../../src/state/milestone-store';
import { usePlanStore } from '../../../src/state/plan-store';
import { useComparisonStore } from '../../../src/features/results/comparison-store';
import { levelUpTo } from '../comparison-fixture';
import { renderApp, resetStore } from '../render-app';

const answers = levelUpTo(2);
const roadmapSize = listRoadmapActions(assess(model, answers).roadmap).length;

beforeEach(() => resetStore({ answers }));

describe('the action plan', () => {
  it('starts from the whole roadmap in one step on the results page', async () => {
    await renderApp('/results', 'es');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Pasar toda la hoja de ruta al plan' }));
    expect(Object.keys(usePlanStore.getState().actions)).toHaveLength(roadmapSize);
    expect(screen.getByText(`Se añadieron ${roadmapSize} acciones al plan.`)).toBeInTheDocument();
    expect(usePlanStore.getState().targetRung).toBe(3);
    expect(screen.queryByRole('button', { name: /^Añadir al plan:/ })).not.toBeInTheDocument();
  });

  it('takes one roadmap item at a time, keyed by question and kind', async () => {
    await renderApp('/results', 'en');
    const user = userEvent.setup();
    const [first] = await screen.findAllByRole('button', { name: /^Add to plan:/ });
    await user.click(first!);
    expect(Object.keys(usePlanStore.getState().actions)).toHaveLength(1);
    expect(Object.keys(usePlanStore.getState().actions)[0]).toMatch(/^[a-z0-9-]+:(improve|find-out)$/);
    expect(screen.getAllByRole('link', { name: /^Already in the plan:/ })).toHaveLength(1);
    expect(screen.getByText('1 action in the plan.')).toBeInTheDocument();
  });

  it('edits an action’s status (a select labelled "Status"), owner and date, and marks it overdue when its date has passed', async () => {
    usePlanStore.getState().addFromRoadmap(assess(model, answers).roadmap, 2, model.stages.length);
    await renderApp('/plan', 'en');
    const user = userEvent.setup();
    const [card] = await screen.findAllByRole('listitem');
    const status = within(card!).getByRole('combobox', { name: /^Status/ });
    await user.selectOptions(status, 'In progress');
    await user.type(within(card!).getByRole('textbox', { name: /^Owner/ }), 'Ana');
    const key = card!.getAttribute('data-action-key')!;
    expect(usePlanStore.getState().actions[key]).toMatchObject({ status: 'in-progress', owner: 'Ana' });

    usePlanStore.getState().editAction(key, { due: '2020-01-31' });
    expect(await within(card!).findByText('Overdue')).toBeInTheDocument();
    expect(screen.getByText('1 action is overdue.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'By time' }));
    const overdue = screen.getByRole('region', { name: /^Overdue/ });
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('region', { name: /^No date/ })).toBeInTheDocument();
  });

  it('sets a target rung and date, and says how long is left', async () => {
    await renderApp('/plan', 'es');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Peldaño al que apuntan' }), '4');
    expect(usePlanStore.getState().targetRung).toBe(4);
    expect(screen.getByText(/^Meta: Etapa 4/)).toBeInTheDocument();
  });

  it('removes an action and puts it back exactly with Undo', async () => {
    usePlanStore.getState().addFromRoadmap(assess(model, answers).roadmap, 2, model.stages.length);
    const [key] = Object.keys(usePlanStore.getState().actions);
    usePlanStore.getState().editAction(key!, { owner: 'Ben', note: 'Budget' });
    const before = usePlanStore.getState().actions[key!];
    await renderApp('/plan', 'en');
    const user = userEvent.setup();
    const card = (await screen.findAllByRole('listitem')).find((li) => li.getAttribute('data-action-key') === key)!;
    await user.click(within(card).getByRole('button', { name: 'Remove from the plan' }));
    expect(usePlanStore.getState().actions[key!]).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(usePlanStore.getState().actions[key!]).toEqual(before);
  });
});

describe('milestones', () => {
  it('saves a milestone, shows the trend with its table, compares with it, and deletes it only after asking (with undo)', async () => {
    useAssessmentStore.setState({ answers: levelUpTo(1) });
    await renderApp('/results', 'es');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Nombre del hito' }), 'Inicio');
    await user.click(screen.getByRole('button', { name: 'Guardar un hito' }));
    expect(screen.getByText('Hito guardado: Inicio.')).toBeInTheDocument();
    useAssessmentStore.setState({ answers: levelUpTo(3) });

    const table = await screen.findByRole('table', { name: /^Evolución por hito/ });
    const rungRow = within(table).getByRole('row', { name: /^Peldaño/ });
    expect(within(rungRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '3']);
    expect(screen.getByRole('img', { name: /^Evolución del índice general/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Comparar con el hito «Inicio»' }));
    expect(useComparisonStore.getState().earlier).toMatchObject({ source: 'milestone', name: 'Inicio' });
    expect(screen.getByText(/^Comparado con el hito «Inicio»/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Eliminar el hito «Inicio»' }));
    const dialog = screen.getByRole('dialog', { name: '¿Eliminar este hito?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancelar' }));
    expect(useMilestoneStore.getState().milestones).toHaveLength(1);
    const saved = useMilestoneStore.getState().milestones[0];
    await user.click(screen.getByRole('button', { name: 'Eliminar el hito «Inicio»' }));
    await user.click(within(screen.getByRole('dialog', { name: '¿Eliminar este hito?' })).getByRole('button', { name: 'Eliminar el hito' }));
    expect(useMilestoneStore.getState().milestones).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Deshacer' }));
    expect(useMilestoneStore.getState().milestones).toEqual([saved]);
  });

  it('says which plan actions were done since the milestone and whether their answers moved', async () => {
    const roadmap = assess(model, levelUpTo(1)).roadmap;
    usePlanStore.getState().addFromRoadmap(roadmap, 1, model.stages.length);
    useAssessmentStore.setState({ answers: levelUpTo(1) });
    const milestone = useMilestoneStore.getState().saveMilestone('Q1', { answers: levelUpTo(1), notes: {}, plan: usePlanStore.getState() });
    const [key] = Object.keys(usePlanStore.getState().actions);
    usePlanStore.getState().editAction(key!, { status: 'done' });
    useAssessmentStore.setState({ answers: levelUpTo(2) });
    useComparisonStore.getState().setEarlier({ source: 'milestone', name: 'Q1', milestoneId: milestone.id, date: milestone.savedAt, answers: milestone.answers, plan: milestone.plan, dropped: [], modelVersion: '' });
    await renderApp('/results', 'en');
    expect(await screen.findByRole('heading', { name: 'Plan actions done (1)' })).toBeInTheDocument();
    expect(screen.getByText(/^The answer went up: /)).toBeInTheDocument();
  });
});
