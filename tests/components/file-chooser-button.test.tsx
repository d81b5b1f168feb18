// Regression: native file inputs showed the browser's language ("Choose File / No file chosen") inside a Spanish page.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { model } from '../../src/model/structure';
import { renderApp, resetStore } from '../features/render-app';

const seeded = () => resetStore({ answers: Object.fromEntries(model.stages[0]!.questions.map((q) => [q.id, 4 as const])) });

describe('file inputs speak the page’s language', () => {
  beforeEach(seeded);

  it('shows "Elegir archivo" and "Ningún archivo elegido" on every file input of Results, keeping the label as the name', async () => {
    await renderApp('/results', 'es');
    for (const label of ['Importar', 'Comparar con una evaluación anterior (.json)']) {
      const input = await screen.findByLabelText(label);
      expect(input).toHaveAttribute('type', 'file');
      expect(input).toHaveAccessibleName(label);
      const chooser = input.closest('.file-chooser') as HTMLElement;
      expect(within(chooser).getByText('Elegir archivo')).toBeInTheDocument();
      expect(within(chooser).getByText('Ningún archivo elegido')).toBeInTheDocument();
      expect(input).toHaveAccessibleDescription(expect.stringContaining('Ningún archivo elegido'));
    }
  });

  it('names the chosen file in the page’s language, and counts several', async () => {
    const user = userEvent.setup();
    await renderApp('/workshop', 'en');
    const input = await screen.findByLabelText("Import participants' files (.json)");
    const chooser = input.closest('.file-chooser') as HTMLElement;
    expect(within(chooser).getByText('Choose files')).toBeInTheDocument();
    await user.upload(input, [new File(['{}'], 'a.json'), new File(['{}'], 'b.json')]);
    expect(await within(chooser).findByText('2 files chosen')).toBeInTheDocument();
  });
});
