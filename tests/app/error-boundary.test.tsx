import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/error-boundary';
import { changeLanguage, setupI18n } from '../../src/i18n/setup-i18n';
import { storageStatus } from '../../src/state/assessment-store';

function Throws({ error }: { error: Error }): never {
  throw error;
}

beforeAll(async () => {
  if (!i18next.isInitialized) await setupI18n();
});
afterEach(() => {
  storageStatus.setState({ problem: null });
  vi.restoreAllMocks();
});

describe('error boundary around the screens (regression: any error blanked the whole app)', () => {
  it('a screen whose file cannot be fetched offers a reload, in the page’s language', async () => {
    await changeLanguage('en');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary resetKey="/model">
        <Throws error={new TypeError('Failed to fetch dynamically imported module: https://x/assets/model-page-abc.js')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Your answers are safe');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });

  it('any other error gets a plain message, the answers as a download and a way home; another route clears it', async () => {
    await changeLanguage('es');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary resetKey="/results">
        <Throws error={new Error('boom')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Algo salió mal en esta página' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Las respuestas están a salvo');
    expect(screen.queryByRole('button', { name: 'Recargar la página' })).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Descargar las respuestas (JSON)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ir al inicio' })).toHaveAttribute('href', '#/');
    rerender(
      <ErrorBoundary resetKey="/">
        <p>home</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('home')).toBeInTheDocument();
  });

  it('does not call the answers safe when this browser is not saving them', async () => {
    await changeLanguage('en');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    storageStatus.setState({ problem: 'full' });
    render(
      <ErrorBoundary>
        <Throws error={new TypeError('error loading dynamically imported module: x')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This browser is not saving your answers');
    expect(await screen.findByRole('button', { name: 'Download your answers (JSON)' })).toBeInTheDocument();
  });
});
