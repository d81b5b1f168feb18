import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerValue } from '../../../src/engine/answers';
import { useWorkshopStore } from '../../../src/features/workshop/workshop-store';
import { model } from '../../../src/model/structure';
import { downloadReport } from '../../../src/report/download-report';
import { renderApp, resetStore } from '../render-app';

vi.mock('../../../src/report/download-report', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/report/download-report')>()),
  downloadReport: vi.fn(),
  preloadReportRenderer: vi.fn(() => Promise.resolve()),
}));

const base: Record<string, AnswerValue> = Object.fromEntries(model.stages.flatMap((s) => s.questions.map((q) => [q.id, s.order <= 3 ? 4 : 1] as const)));
const firstQuestion = model.stages[3]!.questions[0]!.id;

beforeEach(() => {
  resetStore();
  useWorkshopStore.setState({ title: '', participants: [], agreements: {} });
  vi.mocked(downloadReport).mockReset();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const { addParticipant, setTitle, setAgreedAnswer, setReason } = useWorkshopStore.getState();
  setTitle('Taller de marketing');
  addParticipant({ name: 'Ana Secreta', source: 'device', fileName: '', answers: { ...base, [firstQuestion]: 4 }, fingerprint: '' });
  addParticipant({ name: 'Luis Oculto', source: 'file', fileName: 'luis.json', answers: { ...base, [firstQuestion]: 0 }, fingerprint: 'x' });
  setAgreedAnswer(firstQuestion, 2);
  setReason(firstQuestion, 'Depende de la sede.');
});

async function openRoom(lang: 'es' | 'en') {
  await renderApp('/workshop/room', lang);
  const heading = await screen.findByRole('heading', { level: 2, name: lang === 'es' ? 'Informe del taller' : 'Workshop report' });
  return heading.closest('section')!;
}

describe('the workshop report button', () => {
  it('downloads the workshop’s PDF from the agreed answers, with the count of participants but never their names', async () => {
    vi.mocked(downloadReport).mockResolvedValue('peldano-taller-de-marketing-2025-11-22.pdf');
    const section = await openRoom('es');
    expect(within(section).getByText(/No incluye los nombres de los participantes/)).toBeInTheDocument();
    expect(await within(section).findByRole('combobox', { name: 'Idioma del informe' })).toHaveValue('es');
    await userEvent.click(within(section).getByRole('button', { name: 'Descargar el informe del taller (PDF)' }));
    expect(downloadReport).toHaveBeenCalledTimes(1);
    const options = vi.mocked(downloadReport).mock.calls[0]![0];
    expect(options).toMatchObject({
      lang: 'es',
      workshop: { title: 'Taller de marketing', agreements: { [firstQuestion]: { answer: 2, reason: 'Depende de la sede.' } } },
    });
    expect('workshop' in options && options.workshop.participants.map((p) => p.answers[firstQuestion])).toEqual([4, 0]);
    expect(JSON.stringify(options)).not.toMatch(/Ana|Luis|luis\.json/);
    expect(await within(section).findByRole('status')).toHaveTextContent('Informe descargado: peldano-taller-de-marketing-2025-11-22.pdf');
  });

  it('uses the agreements recorded just before the click', async () => {
    vi.mocked(downloadReport).mockResolvedValue('peldano-taller.pdf');
    const section = await openRoom('es');
    useWorkshopStore.getState().setAgreedAnswer(firstQuestion, 3);
    await userEvent.click(await within(section).findByRole('button', { name: /PDF/ }));
    expect(downloadReport).toHaveBeenCalledWith(expect.objectContaining({ workshop: expect.objectContaining({ agreements: { [firstQuestion]: { answer: 3, reason: 'Depende de la sede.' } } }) }));
  });

  it('makes the report in English from a Spanish app, and says so in an alert when it fails', async () => {
    vi.mocked(downloadReport).mockRejectedValueOnce(new Error('chunk failed to load'));
    const section = await openRoom('es');
    await userEvent.selectOptions(await within(section).findByRole('combobox', { name: 'Idioma del informe' }), 'en');
    await userEvent.click(within(section).getByRole('button', { name: 'Descargar el informe del taller (PDF)' }));
    expect(downloadReport).toHaveBeenCalledWith(expect.objectContaining({ lang: 'en' }));
    expect(i18next.language).toBe('es');
    expect(await within(section).findByRole('alert')).toHaveTextContent('No se ha podido generar el informe.');
  });

  it('speaks English in an English app', async () => {
    const section = await openRoom('en');
    expect(await within(section).findByRole('button', { name: 'Download the workshop report (PDF)' })).toBeInTheDocument();
    expect(within(section).getByText(/leaves out the participants' names/)).toBeInTheDocument();
  });
});
