import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatPercent } from '../../../src/engine/number-format';
import { loadContentTexts } from '../../../src/model/content-texts';
import { model } from '../../../src/model/structure';
import { renderApp, resetStore } from '../render-app';

const LANGS = ['es', 'en'] as const;
const CREDIT_LINK = { es: 'Fuentes y referencias', en: 'Sources and references' };

describe('model page: the method in full', () => {
  // jsdom does not lay out, so it has no scrollIntoView; the in-page links call it before moving focus.
  beforeAll(() => {
    Element.prototype.scrollIntoView ??= vi.fn();
  });
  beforeEach(() => resetStore());

  it.each(LANGS)('fills every number from the model, leaving no placeholder on the page (%s)', async (lang) => {
    const { container } = await renderApp('/model', lang);
    await screen.findByRole('heading', { level: 1 });
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/[{}]/);
    expect(text).toContain(formatPercent(model.scoring.achievedScore, lang));
  });

  it.each(LANGS)('has a section for essential practices, "doesn’t apply", provisional placement, the workshop and the sources (%s)', async (lang) => {
    await renderApp('/model', lang);
    const texts = await loadContentTexts(lang);
    const methodology = (await screen.findByRole('heading', { level: 2, name: texts.methodology.title })).closest('section')!;
    for (const id of ['essential-practices', 'not-applicable', 'provisional-placement', 'workshop', 'sources']) {
      const heading = texts.methodology.sections.find((s) => s.id === id)!.heading;
      expect(within(methodology).getByRole('heading', { level: 3, name: heading })).toBeInTheDocument();
    }
  });

  it.each(LANGS)('credits Brian Solis under the lead and links to the references, moving focus there (%s)', async (lang) => {
    const user = userEvent.setup();
    await renderApp('/model', lang);
    const texts = await loadContentTexts(lang);
    const link = await screen.findByRole('link', { name: CREDIT_LINK[lang] });
    expect(link.closest('p')).toHaveTextContent('Brian Solis');
    await user.click(link);
    const sources = texts.methodology.sections.find((s) => s.id === 'sources')!;
    expect(document.activeElement).toHaveAccessibleName(sources.heading);
    expect(document.activeElement).toHaveTextContent('The 10 Stages of Social Media Business Integration');
    expect(window.location.hash).toBe('#/model');
  });

  it.each(LANGS)('lists every glossary term, alphabetically in the page’s language (%s)', async (lang) => {
    await renderApp('/model', lang);
    const texts = await loadContentTexts(lang);
    const glossary = (await screen.findByRole('heading', { level: 2, name: /Glosario|Glossary/ })).closest('section')!;
    const terms = [...glossary.querySelectorAll('dt')].map((dt) => dt.textContent);
    const expected = texts.glossary.map((g) => g.term).sort(new Intl.Collator(lang).compare);
    expect(terms).toEqual(expected);
  });

  it.each(LANGS)('shows "doesn’t apply" in the scale legend (%s)', async (lang) => {
    await renderApp('/model', lang);
    const texts = await loadContentTexts(lang);
    const scale = texts.methodology.sections.find((s) => s.id === 'scale')!.heading;
    const section = (await screen.findByRole('heading', { level: 3, name: scale })).closest('section')!;
    expect(within(section).getAllByRole('listitem').some((li) => li.textContent?.includes(texts.scale.notApplicable))).toBe(true);
  });
});
