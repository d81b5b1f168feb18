import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AnswerValue, DONT_KNOW } from '../../../src/engine/answers';
import { useWorkshopStore } from '../../../src/features/workshop/workshop-store';
import { model } from '../../../src/model/structure';
import { loadLevelDescriptors } from '../../../src/model/level-descriptors';
import { renderApp, resetStore } from '../render-app';

// Three people: stages 1-3 at 4, the rest at 1 (stage 4 blocks rung 4). Stage 6's first question: two "don't
// know" against one 3 (the room doesn't know). Stage 2's first question: Ana 4 (Marketing, with a note), Ben 1
// and Cai 1 (Ventas): roles far apart.
const [, s2, , , , s6] = model.stages;
const dkId = s6!.questions[0]!.id;
const splitId = s2!.questions[0]!.id;
const base: Record<string, AnswerValue> = Object.fromEntries(model.stages.flatMap((s) => s.questions.map((q) => [q.id, s.order <= 3 ? 4 : 1] as const)));
const seed = () => {
  useWorkshopStore.setState({ title: 'Taller', participants: [], agreements: {}, turn: undefined });
  const add = useWorkshopStore.getState().addParticipant;
  const answers: AnswerValue[][] = [
    [DONT_KNOW, 4],
    [DONT_KNOW, 1],
    [3, 1],
  ];
  ['Ana', 'Ben', 'Cai'].forEach((name, i) =>
    add({
      name,
      source: 'device',
      fileName: '',
      fingerprint: '',
      answers: { ...base, [dkId]: answers[i]![0]!, [splitId]: answers[i]![1]! },
      role: i === 0 ? 'Marketing' : 'Ventas',
      notes: i === 0 ? { [splitId]: 'Tenemos el panel desde marzo.' } : {},
    }),
  );
};

beforeEach(() => {
  resetStore();
  seed();
});

describe('room view by impact', () => {
  it('defaults to "don\'t know" where the room doesn\'t know, and counts the items discussed', async () => {
    await renderApp('/workshop/room');
    const agenda = (await screen.findByRole('heading', { name: /^Orden del día \(\d+\)$/ })).closest('section')!;
    const total = agenda.querySelectorAll('[data-agenda]').length;
    const dk = agenda.querySelector(`[data-question-id="${dkId}"]`) as HTMLElement;
    expect(dk).toHaveAttribute('data-agreed', DONT_KNOW);
    expect(within(dk).getByText('La sala no sabe')).toBeInTheDocument();
    expect(within(dk).getByLabelText('Respuesta acordada')).toHaveDisplayValue('La sala no sabe: No lo sé');

    expect(screen.getByText(`0 de ${total} tratadas`)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(within(dk).getByRole('checkbox', { name: 'Tratada' }));
    expect(screen.getByText(`1 de ${total} tratadas`)).toBeInTheDocument();
    expect(useWorkshopStore.getState().agreements[dkId]).toEqual({ discussed: true });
  }, 20_000);

  it('shows the answers by role, flags roles that disagree, and the notes under the names toggle', async () => {
    await renderApp('/workshop/room');
    const user = userEvent.setup();
    const card = (await screen.findAllByRole('article')).find((el) => el.getAttribute('data-question-id') === splitId)!;
    expect(within(card).getByText('Los roles no coinciden')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Por rol' }));
    const table = within(card).getByRole('table', { name: 'Respuestas por rol' });
    expect(within(table).getByRole('row', { name: /^Marketing/ })).toHaveTextContent('Marketing00001');
    expect(within(table).getByRole('row', { name: /^Ventas/ })).toHaveTextContent('Ventas02000');
    const evidence = within(card).getByText('Evidencias y niveles · 1 nota');
    await user.click(evidence);
    expect(within(card).getByText('Un participante:')).toBeInTheDocument();
    expect(within(card).getByText('Tenemos el panel desde marzo.')).toBeInTheDocument();
    const levels = await loadLevelDescriptors('es');
    expect(await within(card).findByText(levels[splitId]![4]!)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mostrar nombres' }));
    expect(within(card).getByText('Ana:')).toBeInTheDocument();
  }, 20_000);

  it('presents the agenda one question at a time, driven by the keyboard, with the votes hidden until revealed', async () => {
    await renderApp('/workshop/room');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Presentar el orden del día' }));
    const dialog = screen.getByRole('dialog', { name: 'Presentación: el orden del día' });
    const total = document.querySelectorAll('.room__agenda [data-agenda]').length;
    expect(within(dialog).getByText(`Pregunta 1 de ${total}`)).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(dialog).queryByRole('list', { name: 'Respuestas de la sala por nivel' })).toBeNull();
    await user.keyboard('v');
    expect(within(dialog).getByRole('list', { name: 'Respuestas de la sala por nivel' })).toBeInTheDocument();
    const first = dialog.getAttribute('data-question-id')!;
    await user.keyboard('0');
    expect(useWorkshopStore.getState().agreements[first]?.answer).toBe(0);
    expect(dialog).toHaveAttribute('data-agreed', '0');
    await user.keyboard('r');
    expect(within(dialog).getByLabelText('Por qué (R)')).toHaveFocus();
    await user.keyboard('Nadie lo mide');
    expect(useWorkshopStore.getState().agreements[first]?.reason).toBe('Nadie lo mide');
    within(dialog).getByRole('heading', { level: 2 }).focus();
    await user.keyboard('m');
    expect(useWorkshopStore.getState().agreements[first]?.discussed).toBe(true);
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByText(`Pregunta 2 de ${total}`)).toBeInTheDocument();
    // Each question starts with its votes hidden again.
    expect(within(dialog).queryByRole('list', { name: 'Respuestas de la sala por nivel' })).toBeNull();
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveFocus();
    await user.keyboard('d');
    expect(useWorkshopStore.getState().agreements[dialog.getAttribute('data-question-id')!]?.answer).toBe(DONT_KNOW);
    await user.click(within(dialog).getByRole('button', { name: 'Salir (Esc)' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  }, 20_000);
});

describe('a turn on this device', () => {
  it('locks the room view until the facilitator ends the turn', async () => {
    const ben = useWorkshopStore.getState().participants[1]!;
    useWorkshopStore.getState().startTurn(ben.id);
    await renderApp('/workshop/room');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hay un turno de participante en curso' })).toBeInTheDocument();
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.getByRole('link', { name: 'Volver al turno de Ben' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Terminar el turno (quien facilita)' }));
    await user.click(within(screen.getByRole('dialog', { name: '¿Terminar el turno de Ben?' })).getByRole('button', { name: 'Terminar el turno' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Vista de la sala' })).toBeInTheDocument();
  }, 20_000);

  it('locks the workshop setup too: no list of participants, no paste box, no reset, and the page says why', async () => {
    const ben = useWorkshopStore.getState().participants[1]!;
    useWorkshopStore.getState().startTurn(ben.id);
    await renderApp('/workshop');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hay un turno de participante en curso' })).toBeInTheDocument();
    expect(document.title).toBe('Hay un turno de participante en curso · Peldaño');
    expect(screen.queryByRole('textbox', { name: /^Enlaces/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Empezar de nuevo|Nuevo taller/ })).toBeNull();
    expect(screen.queryByText(/Participantes \(/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Volver al turno de Ben' })).toBeInTheDocument();
  }, 20_000);

  it('marks the participant finished and hides the site navigation during the turn', async () => {
    const cai = useWorkshopStore.getState().participants[2]!;
    await renderApp(`/workshop/answer/${cai.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Respuestas de Cai' });
    expect(useWorkshopStore.getState().turn).toBe(cai.id);
    expect(document.body.dataset.workshopTurn).toBe('true');
    const user = userEvent.setup();
    for (let i = 1; i < model.stages.length; i++) await user.click(screen.getByRole('button', { name: 'Etapa siguiente' }));
    await user.click(screen.getByRole('button', { name: 'Terminar y devolver el equipo' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Gracias, Cai' })).toBeInTheDocument();
    expect(useWorkshopStore.getState().participants[2]!.finishedAt).toBeTruthy();
    // Another participant's answers stay locked too.
    expect(useWorkshopStore.getState().turn).toBe(cai.id);
  }, 20_000);
});
