// The facilitator's camera reads participants' QR codes where the browser can (issue 14): each share link read once is
// added like a pasted one; a refused camera says so, and pasting still works. The camera and the detector are stand-ins.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerValue } from '../../../src/engine/answers';
import { useWorkshopStore } from '../../../src/features/workshop/workshop-store';
import { model } from '../../../src/model/structure';
import { buildShareUrl, encodeShareLink } from '../../../src/portability/share-link';
import { renderApp } from '../render-app';

const answers = Object.fromEntries(model.stages.flatMap((s) => s.questions.map((q, i) => [q.id, (i % 5) as AnswerValue])));
let codes: string[] = [];
const stop = vi.fn();

beforeEach(() => {
  useWorkshopStore.getState().reset();
  codes = [];
  stop.mockClear();
  // What the camera sees, frame after frame: the same code shown several times, and a QR code that is no share link.
  vi.stubGlobal(
    'BarcodeDetector',
    class {
      detect = async () => codes.map((rawValue) => ({ rawValue }));
    },
  );
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia: vi.fn(async () => ({ getTracks: () => [{ stop }] })) } });
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

describe('scanning participants’ codes', () => {
  it('adds each share link the camera reads once, says how many, and lets go of the camera when stopped', async () => {
    codes = ['https://example.org/menu', buildShareUrl(await encodeShareLink(answers, model, { name: 'Rosa Vidal' }), 'https://taller.example/#/')];
    await renderApp('/workshop');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Escanear códigos con la cámara' }));
    expect(await screen.findByLabelText('Imagen de la cámara')).toBeInTheDocument();
    await waitFor(() => expect(useWorkshopStore.getState().participants.map((p) => p.name)).toEqual(['Rosa Vidal']));
    expect(await screen.findByText('1 código leído.')).toBeInTheDocument();
    // The same code in the next frames is not added again.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(useWorkshopStore.getState().participants).toHaveLength(1);
    expect(useWorkshopStore.getState().participants[0]!.answers).toEqual(answers);
    await user.click(screen.getByRole('button', { name: 'Dejar de escanear' }));
    expect(stop).toHaveBeenCalled();
    expect(screen.queryByLabelText('Imagen de la cámara')).toBeNull();
  }, 20_000);

  it('says so when the camera is refused, and the paste box still works', async () => {
    vi.mocked(navigator.mediaDevices.getUserMedia).mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await renderApp('/workshop');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Escanear códigos con la cámara' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No se ha podido usar la cámara');
    expect(screen.getByRole('textbox', { name: /^Enlaces/ })).toBeEnabled();
  }, 20_000);

  it('is not offered where the browser cannot read QR codes', async () => {
    vi.unstubAllGlobals();
    await renderApp('/workshop');
    await screen.findByRole('textbox', { name: /^Enlaces/ });
    expect(screen.queryByRole('button', { name: 'Escanear códigos con la cámara' })).toBeNull();
  }, 20_000);
});
