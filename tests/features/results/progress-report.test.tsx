import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useComparisonStore } from '../../../src/features/results/comparison-store';
import { downloadReport } from '../../../src/report/download-report';
import { emptyAssessment } from '../../../src/state/assessment-store';
import { earlierFile, levelUpTo } from '../comparison-fixture';
import { renderApp, resetStore } from '../render-app';

vi.mock('../../../src/report/download-report', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/report/download-report')>()),
  downloadReport: vi.fn(),
  preloadReportRenderer: vi.fn(() => Promise.resolve()),
}));

// A year ago: stage 1 in place. Now: stages 1-3.

beforeEach(() => {
  resetStore({ answers: levelUpTo(3) });
  vi.mocked(downloadReport).mockReset().mockResolvedValue('peldano-informe-2025-11-22.pdf');
});

describe('progress over time in the PDF report', () => {
  it('hands the earlier file loaded in the compare panel to the report, and stops once it is removed', async () => {
    await renderApp('/results', 'es');
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('Comparar con una evaluación anterior (.json)'), earlierFile(levelUpTo(1)));
    const panel = screen.getByRole('region', { name: 'Progreso respecto a una evaluación anterior' });
    expect(await within(panel).findByText(/el informe PDF incluye también el progreso desde esa fecha/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Descargar informe PDF' }));
    expect(downloadReport).toHaveBeenLastCalledWith({
      lang: 'es',
      answers: levelUpTo(3),
      notes: {},
      profile: emptyAssessment().profile,
      earlier: { answers: levelUpTo(1), date: '2024-05-20T10:00:00.000Z', fileName: 'marzo-2024.json' },
      // Issue 15: the edition chosen (Full by default) and the branding (none set) travel with every report.
      edition: 'full',
      branding: undefined,
    });

    await user.click(within(panel).getByRole('button', { name: 'Quitar la comparación' }));
    expect(useComparisonStore.getState().earlier).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Descargar informe PDF' }));
    expect(vi.mocked(downloadReport).mock.lastCall![0]).not.toHaveProperty('earlier');
  });

  it('keeps the earlier file in memory only: nothing of it reaches storage', async () => {
    await renderApp('/results', 'en');
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('Compare with an earlier assessment (.json)'), earlierFile(levelUpTo(1)));
    await screen.findByText(/the PDF report also includes the progress since that date/);
    expect(useComparisonStore.getState().earlier?.fileName).toBe('marzo-2024.json');
    const stored = Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '').join('\n');
    expect(stored).not.toContain('marzo-2024.json');
  });
});
