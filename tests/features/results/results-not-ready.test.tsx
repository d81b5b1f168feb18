// Regression: with nothing answered, Results showed a roadmap built from unanswered questions and the PDF button made
// a 15-page report placing the company on rung 0.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DONT_KNOW } from '../../../src/engine/answers';
import { assess } from '../../../src/engine/assess';
import { checkResultReadiness } from '../../../src/engine/result-readiness';
import { model } from '../../../src/model/structure';
import { encodeShareLink } from '../../../src/portability/share-link';
import { downloadReport } from '../../../src/report/download-report';
import { renderApp, resetStore } from '../render-app';

vi.mock('../../../src/report/download-report', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/report/download-report')>()),
  downloadReport: vi.fn(),
  preloadReportRenderer: vi.fn(() => Promise.resolve()),
}));

const stage1 = model.stages[0]!;

async function expectNothingToAssess(lang: 'es' | 'en') {
  const title = lang === 'es' ? 'Todavía no hay nada que evaluar' : 'Nothing to assess yet';
  const notice = (await screen.findByRole('heading', { level: 2, name: title })).closest('section')!;
  expect(document.querySelector('[data-placement]')).toBeNull();
  expect(screen.queryByRole('region', { name: /^(Roadmap|Hoja de ruta)$/ })).not.toBeInTheDocument();
  return notice;
}

describe('results with nothing to assess', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(downloadReport).mockReset();
  });

  it('says there is nothing to assess yet, points to stage 1 and the profile, and shows no roadmap', async () => {
    await renderApp('/results', 'en');
    const notice = await expectNothingToAssess('en');
    expect(within(notice).getByRole('link', { name: 'Go to stage 1' })).toHaveAttribute('href', '#/stage/1');
    expect(within(notice).getByRole('link', { name: 'Fill in the organization profile' })).toHaveAttribute('href', '#/profile');
  });

  it('offers no PDF yet, and says why beside the button (not a silently disabled button)', async () => {
    const user = userEvent.setup();
    await renderApp('/results', 'es');
    await expectNothingToAssess('es');
    const button = screen.getByRole('button', { name: 'Descargar informe PDF' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled(); // still reachable by keyboard and screen readers
    expect(button).toHaveAccessibleDescription(
      'El informe PDF estará disponible cuando al menos una etapa tenga respuestas suficientes para valorarse.',
    );
    await user.click(button);
    expect(downloadReport).not.toHaveBeenCalled();
  });

  it('explains that answers that are all "don\'t know" show what to find out but cannot rate a stage', async () => {
    resetStore({ answers: Object.fromEntries(stage1.questions.map((q) => [q.id, DONT_KNOW])) });
    await renderApp('/results', 'en');
    const notice = await expectNothingToAssess('en');
    expect(notice).toHaveTextContent(`All ${stage1.questions.length} answers so far are “Don't know”.`);
    expect(within(notice).getByRole('link', { name: 'Go to stage 1' })).toBeInTheDocument();
    // What was answered is still shown.
    expect(screen.getByText(`"Don't know" was the answer to ${stage1.questions.length} questions.`)).toBeInTheDocument();
  });

  it('waits for one stage to be rated before placing the company: one answer is not a result', async () => {
    resetStore({ answers: { [stage1.questions[0]!.id]: 4 } });
    await renderApp('/results', 'en');
    const notice = await expectNothingToAssess('en');
    expect(notice).toHaveTextContent('1 question has been answered on the scale, but no stage has enough answers to be rated yet');
  });

  it('shows the result and an active PDF button as soon as one stage is rated', async () => {
    const answers = Object.fromEntries(stage1.questions.map((q) => [q.id, 1 as const]));
    expect(checkResultReadiness(assess(model, answers))).toEqual({ kind: 'ready' });
    resetStore({ answers });
    await renderApp('/results', 'en');
    expect(await screen.findByRole('region', { name: 'Roadmap' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download PDF report' })).toHaveAttribute('aria-disabled', 'false');
    expect(screen.queryByRole('heading', { name: 'Nothing to assess yet' })).not.toBeInTheDocument();
  });

  it('says the same of a shared link that carries no answers', async () => {
    await renderApp(`/shared/${await encodeShareLink({}, model)}`, 'en');
    const notice = await expectNothingToAssess('en');
    expect(notice).toHaveTextContent('The link does not carry enough answers to rate any stage.');
  });
});
