import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { assess } from '../../../src/engine/assess';
import { model } from '../../../src/model/structure';
import { encodeShareLink } from '../../../src/portability/share-link';
import { useAssessmentStore } from '../../../src/state/assessment-store';
import { snapshotAssessment } from '../../../src/state/backups';
import { EMPTY_PROFILE } from '../../../src/engine/profile';
import { renderApp, resetStore } from '../render-app';

// Stages 1-3 fully in place, the rest ad hoc: placement 3.
const answers = Object.fromEntries(model.stages.flatMap((s) => s.questions.map((q) => [q.id, s.order <= 3 ? 4 : 1] as const)));
const MINE = { answers: { [model.stages[0]!.questions[0]!.id]: 1 as const }, notes: { x: 'mine' }, profile: { ...EMPTY_PROFILE, organization: 'Mía' } };

beforeEach(() => resetStore());

describe('share link on the results page', () => {
  it('creates a #/shared/ link to the current answers, and drops it once they change', async () => {
    resetStore({ answers });
    await renderApp('/results', 'es');
    const user = userEvent.setup(); // with a clipboard stub
    await user.click(await screen.findByRole('button', { name: 'Crear enlace para compartir' }));
    const link = (await screen.findByLabelText('Enlace para compartir')) as HTMLInputElement;
    expect(link.value).toContain('#/shared/');
    await user.click(screen.getByRole('button', { name: 'Copiar enlace' }));
    expect(await navigator.clipboard.readText()).toBe(link.value);
    expect(await screen.findByText('Enlace copiado.')).toBeInTheDocument();
    act(() => useAssessmentStore.getState().setAnswer(model.stages[0]!.questions[0]!.id, 0));
    expect(screen.queryByLabelText('Enlace para compartir')).not.toBeInTheDocument();
  });
});

describe('shared results page', () => {
  it('shows the shared placement read-only, without touching the saved assessment', async () => {
    resetStore(MINE);
    const before = JSON.stringify(snapshotAssessment());
    const { container } = await renderApp(`/shared/${await encodeShareLink(answers, model)}`, 'en');
    await screen.findByRole('heading', { level: 1, name: 'Shared results' });
    expect(container.querySelector('[data-placement]')).toHaveAttribute('data-placement', String(assess(model, answers).placement));
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(JSON.stringify(snapshotAssessment())).toBe(before);
  });

  it('asks before making the shared answers this browser\'s assessment, and can undo it', async () => {
    resetStore(MINE);
    const before = snapshotAssessment();
    await renderApp(`/shared/${await encodeShareLink(answers, model)}`, 'es');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Usar como mi evaluación' }));
    const dialog = screen.getByRole('dialog', { name: '¿Sustituir la evaluación guardada?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancelar' }));
    expect(snapshotAssessment()).toEqual(before);
    await user.click(screen.getByRole('button', { name: 'Usar como mi evaluación' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Sustituir' }));
    expect(useAssessmentStore.getState().answers).toEqual(answers);
    expect(useAssessmentStore.getState().profile).toEqual(EMPTY_PROFILE);
    expect(screen.getByRole('link', { name: 'Ir a mis resultados' })).toHaveAttribute('href', '#/results');
    await user.click(screen.getByRole('button', { name: 'Deshacer' }));
    expect(snapshotAssessment()).toEqual(before);
  });

  it('adopts at once in a blank browser', async () => {
    await renderApp(`/shared/${await encodeShareLink(answers, model)}`, 'en');
    await userEvent.click(await screen.findByRole('button', { name: 'Use as my assessment' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useAssessmentStore.getState().answers).toEqual(answers);
  });

  for (const [lang, text] of [
    ['es', 'El enlace está dañado o incompleto'],
    ['en', 'The link is damaged or incomplete'],
  ] as const) {
    it(`${lang}: explains a damaged link in an alert and shows no results`, async () => {
      resetStore(MINE);
      const before = JSON.stringify(snapshotAssessment());
      const payload = await encodeShareLink(answers, model);
      const { container } = await renderApp(`/shared/${payload.slice(0, -2)}`, lang);
      expect(await screen.findByRole('alert')).toHaveTextContent(text);
      expect(container.querySelector('[data-placement]')).toBeNull();
      expect(JSON.stringify(snapshotAssessment())).toBe(before);
    });
  }

  it('explains a link from a newer version of Peldaño', async () => {
    // A version byte above the current one, with a valid checksum.
    const { crc32 } = await import('../../../src/portability/crc32');
    const { toBase64Url } = await import('../../../src/portability/base64url');
    const { SHARE_LINK_VERSION } = await import('../../../src/portability/share-link');
    const bytes = new Uint8Array([SHARE_LINK_VERSION + 1, 1, 2, 3, 0, 0, 0, 0]);
    new DataView(bytes.buffer).setUint32(4, crc32(bytes.subarray(0, 4)));
    await renderApp(`/shared/${toBase64Url(bytes)}`, 'en');
    expect(await screen.findByRole('alert')).toHaveTextContent('newer version of Peldaño');
  });
});
