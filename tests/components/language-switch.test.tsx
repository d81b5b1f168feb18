import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { model } from '../../src/model/structure';
import { renderApp, resetStore } from '../features/render-app';

describe('language switch', () => {
  beforeEach(() => resetStore({ answers: { [model.stages[1]!.questions[0]!.id]: 4 } }));

  it('offers "Español" and "English" buttons, switches texts, <html lang> and title, keeps answers, remembers the choice', async () => {
    const user = userEvent.setup();
    await renderApp('/stage/2', 'es');
    expect(await screen.findByRole('heading', { level: 1, name: /^Etapa 2 — / })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Stage 2 — Setting the Stage/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toMatch(/^Stage 2 — .* · Peldaño$/);
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getAllByRole('radio', { checked: true })).toHaveLength(1);
    expect(localStorage.getItem('peldano.language')).toBe('en');
  });
});
