import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAssessmentStore } from '../../../src/state/assessment-store';
import { renderApp, resetStore } from '../render-app';

describe('organisation profile', () => {
  beforeEach(() => resetStore());

  it('labels the organisation field "Organización" and saves as it is typed', async () => {
    const user = userEvent.setup();
    await renderApp('/profile', 'es');
    await user.type(await screen.findByLabelText('Organización'), 'Ñandú & Cía.');
    expect(useAssessmentStore.getState().profile.organization).toBe('Ñandú & Cía.');
  });

  it('rejects a name over 120 characters with a translated message and keeps the saved value', async () => {
    const user = userEvent.setup();
    await renderApp('/profile', 'en');
    const field = await screen.findByLabelText('Organization');
    await user.type(field, 'Valid Ltd');
    await user.type(field, 'x'.repeat(120));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('At most 120 characters.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/cover.*At most 120 characters/);
    expect(screen.getByRole('heading', { level: 1, name: 'Organization profile' })).toBeInTheDocument();
    // What was saved last while valid is still there; nothing typed is lost from the field either.
    expect(useAssessmentStore.getState().profile.organization.length).toBeLessThanOrEqual(120);
    expect((field as HTMLInputElement).value).toHaveLength(129);
  });

  it('Spanish message for the same error', async () => {
    const user = userEvent.setup();
    await renderApp('/profile', 'es');
    await user.type(await screen.findByLabelText('Cargo de quien responde'), 'y'.repeat(121));
    await user.click(screen.getByRole('button', { name: 'Siguiente' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Como máximo 120 caracteres.');
  });

  it('is optional: "Siguiente" with empty fields goes to stage 1, and so does skipping', async () => {
    const user = userEvent.setup();
    await renderApp('/profile', 'es');
    await user.click(await screen.findByRole('button', { name: 'Siguiente' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Etapa 1 — / })).toBeInTheDocument();
  });

  it('stores sector and size choices', async () => {
    const user = userEvent.setup();
    await renderApp('/profile', 'en');
    await user.selectOptions(await screen.findByLabelText('Sector'), 'Hospitality and tourism');
    await user.selectOptions(screen.getByLabelText('Size (number of employees)'), '10 to 49');
    expect(useAssessmentStore.getState().profile).toMatchObject({ sector: 'hospitality', size: '10-49' });
  });
});
