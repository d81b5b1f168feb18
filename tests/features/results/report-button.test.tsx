import { render as renderBare, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportButton } from '../../../src/features/results/report-button';
import { changeLanguage, loadNamespaces, setupI18n } from '../../../src/i18n/setup-i18n';
import { downloadReport } from '../../../src/report/download-report';
import { emptyAssessment, useAssessmentStore } from '../../../src/state/assessment-store';

vi.mock('../../../src/report/download-report', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/report/download-report')>()),
  downloadReport: vi.fn(),
  preloadReportRenderer: vi.fn(() => Promise.resolve()),
}));

// The button links to the branding screen (issue 15), so it renders inside a router, as in the app.
const render = (ui: ReactElement) => renderBare(<MemoryRouter>{ui}</MemoryRouter>);

beforeAll(async () => {
  await setupI18n();
  await loadNamespaces(['downloads']);
});

beforeEach(async () => {
  await changeLanguage('es');
  useAssessmentStore.setState(emptyAssessment());
  vi.mocked(downloadReport).mockReset();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('ReportButton', () => {
  it('downloads the report in the app language by default', async () => {
    useAssessmentStore.getState().setAnswer('listen-monitoring-tools', 3);
    vi.mocked(downloadReport).mockResolvedValue('peldano-informe-2025-11-22.pdf');
    render(<ReportButton />);
    expect(await screen.findByRole('combobox', { name: 'Idioma del informe' })).toHaveValue('es');
    await userEvent.click(screen.getByRole('button', { name: /PDF/ }));
    expect(downloadReport).toHaveBeenCalledWith(
      expect.objectContaining({ lang: 'es', answers: { 'listen-monitoring-tools': 3 }, notes: {} }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Informe descargado: peldano-informe-2025-11-22.pdf');
  });

  it('makes the report in the other language without changing the app’s', async () => {
    vi.mocked(downloadReport).mockResolvedValue('peldano-report-2025-11-22.pdf');
    render(<ReportButton />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Idioma del informe' }), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Descargar informe PDF' }));
    expect(downloadReport).toHaveBeenCalledWith(expect.objectContaining({ lang: 'en' }));
    expect(i18next.language).toBe('es');
    expect(await screen.findByRole('status')).toHaveTextContent('peldano-report-2025-11-22.pdf');
  });

  it('says so in an alert, in the app language, when the report cannot be made', async () => {
    vi.mocked(downloadReport).mockRejectedValue(new Error('chunk failed to load'));
    render(<ReportButton />);
    await userEvent.click(await screen.findByRole('button', { name: /PDF/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No se ha podido generar el informe. Conviene volver a intentarlo.');
  });

  it('speaks English in an English app', async () => {
    await changeLanguage('en');
    render(<ReportButton />);
    expect(await screen.findByRole('button', { name: 'Download PDF report' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Report language' })).toHaveValue('en');
  });
});
