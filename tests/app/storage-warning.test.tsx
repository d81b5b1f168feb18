import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StorageWarning } from '../../src/app/storage-warning';
import { changeLanguage, setupI18n } from '../../src/i18n/setup-i18n';
import { storageStatus } from '../../src/state/assessment-store';

// The banners a person sees when answers are not saved, or saved data had to be repaired (role="alert").
beforeAll(async () => {
  if (!i18next.isInitialized) await setupI18n();
});
beforeEach(async () => {
  await changeLanguage('es');
  storageStatus.setState({ problem: null, recoveries: [] });
});

const renderWarning = () => render(<MemoryRouter><StorageWarning /></MemoryRouter>);

describe('storage warning', () => {
  it('shows nothing while answers are saved', () => {
    renderWarning();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says answers are kept only in this tab when storage is unavailable, with a download and the export at hand', async () => {
    storageStatus.setState({ problem: 'unavailable' });
    renderWarning();
    expect(await screen.findByRole('alert')).toHaveTextContent('Este navegador no permite guardar datos');
    expect(screen.getByRole('button', { name: 'Descargar las respuestas (JSON)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Exportar desde la página de resultados' })).toHaveAttribute('href', '/results');
  });

  it('says storage is full, in English too', async () => {
    await changeLanguage('en');
    storageStatus.setState({ problem: 'full' });
    renderWarning();
    expect(await screen.findByRole('alert')).toHaveTextContent('The browser’s storage is full');
  });

  it('says what was recovered from damaged data, offers the original and can be dismissed', async () => {
    storageStatus.setState({ recoveries: [{ notice: 'corrupt', raw: '{"state":', answers: 12, copyKey: 'peldano.recovered.x' }] });
    renderWarning();
    expect(await screen.findByRole('alert')).toHaveTextContent('estaban dañados. Se ha recuperado lo posible (12 respuestas)');
    expect(screen.getByRole('button', { name: 'Descargar la copia original' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cerrar el aviso' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells apart data from an older and from a newer version', async () => {
    storageStatus.setState({
      recoveries: [
        { notice: 'older', raw: '{}', answers: 3, copyKey: null },
        { notice: 'newer', raw: '{}', answers: 1, copyKey: null },
      ],
    });
    renderWarning();
    expect(await screen.findByRole('alert')).toHaveTextContent('de una versión anterior de Peldaño y se han actualizado');
    expect(screen.getByRole('alert')).toHaveTextContent('proceden de una versión más reciente de Peldaño. Se ha recuperado lo que esta versión entiende (1 respuesta)');
    act(() => storageStatus.setState({ recoveries: [] }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
