import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ReportDownloadButton } from '../../src/components/report-download-button';
import { changeLanguage, setupI18n } from '../../src/i18n/setup-i18n';

const failure = vi.hoisted(() => ({ error: new Error('x') as Error }));
vi.mock('../../src/report/download-report', () => ({
  reportLanguages: ['es', 'en'],
  downloadReport: () => Promise.reject(failure.error),
  preloadReportRenderer: () => Promise.resolve(),
}));

beforeAll(async () => {
  if (!i18next.isInitialized) await setupI18n();
  await changeLanguage('en');
});

describe('PDF button errors', () => {
  it('says to reload when the renderer’s file is gone after an update, not to try again (regression)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failure.error = new TypeError('Failed to fetch dynamically imported module: https://x/assets/build-report-B6cw95Ke.js');
    render(<ReportDownloadButton reportOptions={() => ({}) as never} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download PDF report' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Reload the page');
    expect(alert).not.toHaveTextContent('try again');
  });

  it('keeps "try again" for any other failure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failure.error = new Error('out of memory');
    render(<ReportDownloadButton reportOptions={() => ({}) as never} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download PDF report' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('try again');
  });
});
