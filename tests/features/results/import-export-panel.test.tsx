import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportImportPanel } from '../../../src/features/results/export-import-panel';
import { changeLanguage, setupI18n } from '../../../src/i18n/setup-i18n';
import { loadContentTexts } from '../../../src/model/content-texts';
import { model } from '../../../src/model/structure';
import { buildAssessmentFile } from '../../../src/portability/assessment-file';
import { saveTextFile } from '../../../src/browser/save-download';
import { readAssessmentFile } from '../../../src/portability/read-assessment-file';
import { emptyAssessment, useAssessmentStore } from '../../../src/state/assessment-store';
import { snapshotAssessment } from '../../../src/state/backups';
import { EMPTY_PROFILE } from '../../../src/engine/profile';
import { emptyPlan } from '../../../src/engine/action-plan';

vi.mock('../../../src/browser/save-download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/browser/save-download')>()),
  saveTextFile: vi.fn(),
}));

const [q1, q2, q3] = model.stages[0]!.questions.map((q) => q.id);
const SAVED = {
  ...emptyAssessment(),
  answers: { [q1!]: 2 as const, [q2!]: 'dont-know' as const },
  notes: { [q1!]: 'Nota «previa»' },
  profile: { ...EMPTY_PROFILE, organization: 'Ñandú & Cía.' },
  startedAt: '2025-01-01T10:00:00.000Z',
  updatedAt: '2025-01-02T10:00:00.000Z',
};

function fileOf(overrides: Record<string, unknown> = {}, answers: Record<string, unknown> = { [q1!]: 4, [q3!]: 3 }) {
  const file = buildAssessmentFile({ ...emptyAssessment(), answers: {} }, { model, language: 'en', exportedAt: new Date('2025-05-01T12:00:00Z') });
  return JSON.stringify({ ...file, answers, ...overrides });
}
const asFile = (content: BlobPart, name = 'assessment.json') => new File([content], name, { type: 'application/json' });

// Each bad file, with what a Spanish and an English reader must be told.
const BAD_FILES: [string, () => File, RegExp, RegExp][] = [
  ['an empty file', () => asFile('', 'vacio.json'), /El archivo está vacío\./, /The file is empty\./],
  ['a file that is not JSON', () => asFile('Hola, ¿qué tal?', 'carta.txt'), /no es un JSON válido/, /is not valid JSON/],
  ['JSON that is not ours', () => asFile('{"name":"other app"}'), /no es una evaluación exportada desde Peldaño/, /not an assessment exported from Peldaño/],
  ['a newer format version', () => asFile(fileOf({ formatVersion: 9 })), /versión más reciente del formato \(versión 9\)/, /newer version of the format \(version 9\)/],
  ['answers out of range', () => asFile(fileOf({}, { [q1!]: 7, [q2!]: 'quizá' })), /fuera de la escala.*: 1\.1 «.+»; 1\.2 «.+»\./, /outside the scale.*: 1\.1 “.+”; 1\.2 “.+”\./],
  ['a file over 1 MB', () => asFile(new Uint8Array(1024 * 1024 + 10).fill(32)), /El archivo ocupa 1,1 MB y el máximo es 1 MB\./, /The file is 1.1 MB and the limit is 1 MB\./],
  ['a file from another model', () => asFile(fileOf({ model: { id: 'another-model', version: '1.0.0' } })), /otro modelo de evaluación \(«another-model»\)/, /different assessment model \(“another-model”\)/],
  ['a damaged field', () => asFile(fileOf({ profile: { ...EMPTY_PROFILE, size: 'huge' } })), /el campo «profile\.size» falta/, /the field “profile\.size” is missing/],
];

beforeAll(async () => {
  await setupI18n();
});

beforeEach(() => {
  useAssessmentStore.setState(SAVED);
  vi.mocked(saveTextFile).mockReset();
});

async function renderPanel(lang: 'es' | 'en') {
  await changeLanguage(lang);
  await loadContentTexts(lang); // the results route loads them before the panel: errors name questions by statement
  const user = userEvent.setup({ applyAccept: false });
  render(<ExportImportPanel />);
  // The first render may suspend while react-i18next settles.
  return { user, input: await screen.findByLabelText(lang === 'es' ? 'Importar' : 'Import') };
}

describe('import errors', () => {
  for (const lang of ['es', 'en'] as const) {
    for (const [name, make, es, en] of BAD_FILES) {
      it(`${lang}: explains ${name} in an alert and leaves the assessment exactly as it was`, async () => {
        const before = JSON.stringify(snapshotAssessment());
        const { user, input } = await renderPanel(lang);
        const storageBefore = JSON.stringify({ ...localStorage });
        const file = make();
        await user.upload(input, file);
        const alert = await screen.findByRole('alert');
        expect(alert).toHaveTextContent(lang === 'es' ? es : en);
        expect(alert).toHaveTextContent(file.name);
        expect(alert).toHaveTextContent(lang === 'es' ? 'La evaluación actual no ha cambiado.' : 'Your current assessment has not changed.');
        expect(input).toHaveAttribute('aria-invalid', 'true');
        expect(input.getAttribute('aria-describedby')).toContain(alert.id);
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
        expect(JSON.stringify(snapshotAssessment())).toBe(before);
        expect(JSON.stringify({ ...localStorage })).toBe(storageBefore);
      });
    }
  }
});

describe('importing', () => {
  it('asks before replacing saved answers; cancelling keeps them', async () => {
    const before = JSON.stringify(snapshotAssessment());
    const { user, input } = await renderPanel('es');
    await user.upload(input, asFile(fileOf(), 'nueva.json'));
    const dialog = await screen.findByRole('dialog', { name: '¿Sustituir la evaluación actual?' });
    expect(dialog).toHaveTextContent('«nueva.json»');
    await user.click(within(dialog).getByRole('button', { name: 'Cancelar' }));
    expect(JSON.stringify(snapshotAssessment())).toBe(before);
  });

  it('replaces on confirmation, says what was dropped, and undoes back to the exact previous assessment', async () => {
    const before = snapshotAssessment();
    const { user, input } = await renderPanel('en');
    await user.upload(input, asFile(fileOf({}, { [q1!]: 4, [q3!]: 3, 'retired-question': 2 }), 'new.json'));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Replace with the file' }));
    expect(useAssessmentStore.getState().answers).toEqual({ [q1!]: 4, [q3!]: 3 });
    expect(useAssessmentStore.getState().profile).toEqual(EMPTY_PROFILE);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Assessment imported from “new.json”: 2 answers.');
    expect(status).toHaveTextContent('1 question in the file does not exist in this version of the model and was not imported: retired-question.');
    await user.click(screen.getByRole('button', { name: 'Undo the import' }));
    expect(snapshotAssessment()).toEqual(before);
    expect(screen.getByRole('status')).toHaveTextContent('The assessment you had before the import is back.');
  });

  it('imports at once into a blank browser, without asking', async () => {
    useAssessmentStore.setState(emptyAssessment());
    const { user, input } = await renderPanel('es');
    await user.upload(input, asFile(fileOf(), 'mía.json'));
    expect(await screen.findByText('Evaluación importada de «mía.json»: 2 respuestas.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useAssessmentStore.getState().answers).toEqual({ [q1!]: 4, [q3!]: 3 });
  });
});

describe('exporting', () => {
  it('has a button named "Exportar…" that saves the whole assessment as a versioned file', async () => {
    const { user } = await renderPanel('es');
    await user.click(screen.getByRole('button', { name: /^Exportar/ }));
    expect(saveTextFile).toHaveBeenCalledTimes(1);
    const [text, fileName] = vi.mocked(saveTextFile).mock.calls[0]!;
    expect(fileName).toMatch(/^peldano-evaluacion-nandu-cia-\d{4}-\d{2}-\d{2}\.json$/);
    const read = readAssessmentFile(new TextEncoder().encode(text), model);
    // Format version 3 carries the plan too (empty here).
    expect(read.ok && read.assessment).toEqual({ ...SAVED, plan: emptyPlan() });
    expect(read.ok && read.file.language).toBe('es');
    expect(screen.getByRole('status')).toHaveTextContent(`Archivo descargado: ${fileName}`);
  });

  it('is "Export…" in English, with an English file name', async () => {
    const { user } = await renderPanel('en');
    await user.click(screen.getByRole('button', { name: /^Export/ }));
    expect(vi.mocked(saveTextFile).mock.calls[0]![1]).toMatch(/^peldano-assessment-nandu-cia-/);
  });
});
