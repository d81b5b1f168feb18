import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { model } from '../../../src/model/structure';
import { snapshotAssessment } from '../../../src/state/backups';
import { earlierFile, levelUpTo } from '../comparison-fixture';
import { renderApp, resetStore } from '../render-app';

// A year ago: stage 1 in place, the rest ad hoc (placement 1). Now: stages 1-3 in place (placement 3).

beforeEach(() => resetStore({ answers: levelUpTo(3) }));

describe('progress over time on the results page', () => {
  it('compares with an earlier file: placement, each stage and the questions that moved, leaving the assessment alone', async () => {
    const before = JSON.stringify(snapshotAssessment());
    await renderApp('/results', 'es');
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('Comparar con una evaluación anterior (.json)'), earlierFile(levelUpTo(1)));
    const panel = screen.getByRole('region', { name: 'Progreso respecto a una evaluación anterior' });
    expect(await within(panel).findByText('Comparación con «marzo-2024.json», evaluación del 20 de mayo de 2024.')).toBeInTheDocument();
    expect(panel.querySelector('[data-placement-before]')).toHaveAttribute('data-placement-before', '1');
    expect(panel.querySelector('[data-placement-after]')).toHaveAttribute('data-placement-after', '3');
    expect(within(panel).getByText('La posición ha subido 2 peldaños.')).toBeInTheDocument();
    const rows = within(within(panel).getByRole('table', { name: 'Puntuación y estado de cada etapa antes y ahora' })).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toHaveTextContent(/100 % · Alcanzada.*100 % · Alcanzada.*Sin cambio/);
    expect(rows[1]).toHaveTextContent(/25 % · En curso.*100 % · Alcanzada.*\+75 puntos.*En curso → Alcanzada/);
    const moved = model.stages[1]!.questions.length + model.stages[2]!.questions.length;
    expect(within(panel).getByRole('heading', { name: `Preguntas que han cambiado (${moved})` })).toBeInTheDocument();
    expect(within(panel).getByText(`${moved} suben · 0 bajan · 0 otros cambios (a o desde «No lo sé» o sin responder)`)).toBeInTheDocument();
    expect(JSON.stringify(snapshotAssessment())).toBe(before);
    await user.click(within(panel).getByRole('button', { name: 'Quitar la comparación' }));
    expect(panel.querySelector('[data-placement-before]')).toBeNull();
  });

  it('explains a bad earlier file in an alert, in English too', async () => {
    await renderApp('/results', 'en');
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(await screen.findByLabelText('Compare with an earlier assessment (.json)'), new File([''], 'empty.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not compare with “empty.json”. The file is empty.');
  });
});

describe('results page conventions', () => {
  for (const [lang, exportName, importLabel] of [
    ['es', /^Exportar/, 'Importar'],
    ['en', /^Export/, 'Import'],
  ] as const) {
    it(`${lang}: has an Export button and a file input labelled "${importLabel}"`, async () => {
      await renderApp('/results', lang);
      expect(await screen.findByRole('button', { name: exportName })).toBeInTheDocument();
      expect(screen.getByLabelText(importLabel)).toHaveAttribute('type', 'file');
    });
  }
});
