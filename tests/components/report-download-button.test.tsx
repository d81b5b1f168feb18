import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportDownloadButton } from '../../src/components/report-download-button';
import { changeLanguage, loadNamespaces, setupI18n } from '../../src/i18n/setup-i18n';
import { emptyBranding } from '../../src/engine/saved-branding';
import { useBrandingStore } from '../../src/state/branding-store';

const failure = vi.hoisted(() => ({ error: new Error('x') as Error | null, calls: [] as unknown[] }));
vi.mock('../../src/report/download-report', () => ({
  reportLanguages: ['es', 'en'],
  downloadReport: (options: unknown) => {
    failure.calls.push(options);
    return failure.error ? Promise.reject(failure.error) : Promise.resolve('report.pdf');
  },
  preloadReportRenderer: () => Promise.resolve(),
}));

// The button links to the branding screen: it lives inside the router, as on every screen that uses it.
const inRouter = (ui: ReactElement) => render(<MemoryRouter>{ui}</MemoryRouter>);

beforeAll(async () => {
  if (!i18next.isInitialized) await setupI18n();
  await changeLanguage('en');
  await loadNamespaces(['downloads']);
});

describe('PDF button errors', () => {
  it('says to reload when the renderer’s file is gone after an update, not to try again (regression)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failure.error = new TypeError('Failed to fetch dynamically imported module: https://x/assets/build-report-B6cw95Ke.js');
    inRouter(<ReportDownloadButton reportOptions={() => ({}) as never} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download PDF report' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Reload the page');
    expect(alert).not.toHaveTextContent('try again');
  });

  it('keeps "try again" for any other failure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failure.error = new Error('out of memory');
    inRouter(<ReportDownloadButton reportOptions={() => ({}) as never} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download PDF report' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('try again');
  });
});

describe('PDF button: edition and branding', () => {
  beforeEach(() => {
    failure.error = null;
    failure.calls = [];
    useBrandingStore.setState({ ...emptyBranding() });
  });

  it('offers the Executive and Full editions (Full by default) and passes the one chosen', async () => {
    const user = userEvent.setup();
    inRouter(<ReportDownloadButton reportOptions={(lang) => ({ lang }) as never} />);
    const edition = screen.getByRole('combobox', { name: 'Edition' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/^Executive/), expect.stringMatching(/^Full/)]));
    expect(edition).toHaveValue('full');
    await user.selectOptions(edition, 'executive');
    await user.click(screen.getByRole('button', { name: 'Download PDF report' }));
    await screen.findByText(/report\.pdf/);
    expect(failure.calls[0]).toMatchObject({ edition: 'executive', branding: undefined });
  });

  it('passes the branding set on this laptop, says so, and links to where it is changed', async () => {
    useBrandingStore.setState({ name: 'Consultora Sur', contact: 'ana@sur.example', accent: '#7a1f5c', logo: null });
    inRouter(<ReportDownloadButton reportOptions={(lang) => ({ lang }) as never} />);
    expect(screen.getByText(/Consultora Sur/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change the branding' })).toHaveAttribute('href', '/branding');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download PDF report' }));
    await screen.findByText(/report\.pdf/);
    expect(failure.calls[0]).toMatchObject({ edition: 'full', branding: { name: 'Consultora Sur', contact: 'ana@sur.example', accent: '#7a1f5c' } });
  });
});
