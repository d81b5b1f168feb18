import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageWarning } from '../../src/app/storage-warning';
import { useWorkshopStore, workshopStorageStatus } from '../../src/features/workshop/workshop-store';
import { changeLanguage, setupI18n } from '../../src/i18n/setup-i18n';
import { model } from '../../src/model/structure';
import { readAssessmentFile } from '../../src/portability/read-assessment-file';
import { readWorkshopText } from '../../src/portability/workshop-file';
import { createAssessmentStore, STORAGE_KEY, storageStatus } from '../../src/state/assessment-store';
import { NOTE_MAX_LENGTH, PROFILE_TEXT_MAX } from '../../src/engine/limits';
import { RECOVERED_KEY_PREFIX } from '../../src/state/safe-storage';
import { counterClock, MemoryStorage } from './memory-storage';

const saved: { text: string; fileName: string }[] = [];
vi.mock('../../src/browser/save-download', () => ({
  saveTextFile: (text: string, fileName: string) => saved.push({ text, fileName }),
  saveBlob: () => undefined,
}));

const [q1, q2, q3] = model.stages[0]!.questions.map((q) => q.id);
const bytes = (text: string) => new TextEncoder().encode(text);
const recoveredKeys = (storage: MemoryStorage) => storage.keys().filter((k) => k.startsWith(RECOVERED_KEY_PREFIX));

beforeAll(async () => {
  if (!i18next.isInitialized) await setupI18n();
});
beforeEach(async () => {
  await changeLanguage('es');
  saved.length = 0;
});
afterEach(() => {
  storageStatus.setState({ problem: null, recoveries: [] });
  workshopStorageStatus.setState({ problem: null, recoveries: [] });
  useWorkshopStore.getState().reset();
});

const renderWarning = () => render(<MemoryRouter><StorageWarning /></MemoryRouter>);

describe('over-long saved fields (issue 11, item 5)', () => {
  // Regression: a 5,000-character organisation and a long note were cut at the next change, silently and without a copy.
  it('keeps the original aside and says what was shortened, instead of cutting it silently', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({
      state: { answers: { [q1!]: 2 }, notes: { [q1!]: 'n'.repeat(NOTE_MAX_LENGTH * 3) }, profile: { organization: 'O'.repeat(5_000), sector: '', size: '', role: '' }, startedAt: null, updatedAt: null, stamps: {} },
      version: 2,
    });
    storage.setItem(STORAGE_KEY, raw);
    const store = createAssessmentStore({ storage, now: counterClock() });
    store.getState().setAnswer(q2!, 3);
    expect(store.status.getState().recoveries).toEqual([expect.objectContaining({ notice: 'shortened', raw, shortened: expect.arrayContaining(['note', 'organization']) })]);
    expect(recoveredKeys(storage).map((k) => storage.getItem(k))).toEqual([raw]);
    expect(store.getState().profile.organization).toHaveLength(PROFILE_TEXT_MAX);
  });

  it('names what was shortened in the banner, in both languages', async () => {
    storageStatus.setState({ recoveries: [{ notice: 'shortened', raw: '{}', answers: 1, copyKey: 'peldano.recovered.x', shortened: ['note', 'organization'] }] });
    renderWarning();
    expect(await screen.findByRole('alert')).toHaveTextContent('se han acortado: una nota y la organización. Se conserva el original completo.');
    await act(() => changeLanguage('en'));
    expect(screen.getByRole('alert')).toHaveTextContent('have been shortened: a note and the organization. The full original has been kept.');
  });
});

describe('recovery downloads the app can read back (issue 11, item 7)', () => {
  // Regression: "Download the original copy" gave the raw storage envelope, which Import refused.
  it('offers what was recovered from damaged data as an assessment file that imports', async () => {
    const raw = `{"state":{"answers":{"${q1}":4,"${q2}":1,"${q3}":`;
    storageStatus.setState({ recoveries: [{ notice: 'corrupt', raw, answers: 2, copyKey: 'peldano.recovered.x' }] });
    renderWarning();
    await userEvent.click(await screen.findByRole('button', { name: 'Descargar lo recuperado' }));
    const result = readAssessmentFile(bytes(saved[0]!.text), model);
    expect(result).toMatchObject({ ok: true, assessment: { answers: { [q1!]: 4, [q2!]: 1 } } });
    // The raw original is still offered, and said to be for reference.
    expect(screen.getByRole('button', { name: 'Descargar la copia original' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('se conserva como referencia');
  });

  // Regression: a recovery file already downloaded (the raw envelope) could not be imported.
  it('imports the raw saved copy through the same sanitizer, keeping what is valid', () => {
    const envelope = JSON.stringify({ state: { answers: { [q1!]: 3, [q2!]: 9 }, notes: { [q1!]: 'Hootsuite' }, profile: { organization: 'Acme' } }, version: 2 });
    expect(readAssessmentFile(bytes(envelope), model)).toMatchObject({ ok: true, assessment: { answers: { [q1!]: 3 }, notes: { [q1!]: 'Hootsuite' }, profile: { organization: 'Acme' } } });
    // A saved workshop is not an assessment.
    expect(readAssessmentFile(bytes(JSON.stringify({ state: { participants: [] }, version: 2 })), model)).toMatchObject({ ok: false });
  });

  // Regression (issue 11, item 4): a damaged workshop had no download at all.
  it('offers a damaged workshop’s recovered part as a workshop file that loads back', async () => {
    const raw = JSON.stringify({
      state: { title: 'Taller', participants: [{ id: 'p-1', name: 'Ana', number: 1, source: 'device', fileName: '', answers: { [q1!]: 7, [q2!]: 2 }, addedAt: '', fingerprint: '' }], agreements: {} },
      version: 2,
    });
    workshopStorageStatus.setState({ recoveries: [{ notice: 'corrupt', raw, answers: 1, copyKey: 'peldano.recovered.y' }] });
    renderWarning();
    expect(await screen.findByRole('alert')).toHaveTextContent('El taller guardado en este navegador estaba dañado. Se ha recuperado lo posible (1 participante)');
    await userEvent.click(screen.getByRole('button', { name: 'Descargar lo recuperado' }));
    expect(readWorkshopText(saved[0]!.text)).toMatchObject({ title: 'Taller', participants: [{ name: 'Ana', answers: { [q2!]: 2 } }] });
    // The raw original loads too: the same sanitizer reads it.
    expect(readWorkshopText(raw)).toMatchObject({ participants: [{ name: 'Ana' }] });
  });
});

describe('a workshop that cannot be saved (issue 11, item 3)', () => {
  // Regression: with storage refusing writes, workshop changes were lost without a word.
  it('shows the storage warning with a download of the whole workshop, which loads back', async () => {
    const ana = useWorkshopStore.getState().addParticipant({ name: 'Ana', source: 'device', fileName: '', answers: {}, fingerprint: '' });
    useWorkshopStore.getState().setParticipantAnswer(ana, q1!, 3);
    workshopStorageStatus.setState({ problem: 'full' });
    renderWarning();
    expect(await screen.findByRole('alert')).toHaveTextContent('El almacenamiento del navegador está lleno');
    await userEvent.click(screen.getByRole('button', { name: 'Descargar el taller (JSON)' }));
    expect(saved[0]!.fileName).toMatch(/^peldano-taller-\d{4}-\d\d-\d\d\.json$/);
    useWorkshopStore.getState().reset();
    useWorkshopStore.getState().restoreWorkshop(readWorkshopText(saved[0]!.text)!);
    expect(useWorkshopStore.getState().participants).toMatchObject([{ name: 'Ana', answers: { [q1!]: 3 } }]);
  });
});
