// Model 1.1 on the stage page, in the browser: what each level looks like (on demand, and as each radio's accessible
// description), chosen by keyboard; the essential mark; "doesn't apply" on conditional questions only, kept across a
// reload; axe clean with the levels open; nothing scrolls sideways at 320 or 375 px. Which questions are essential or
// conditional, and every text, come from content/ (expected.mjs) and the locale files, never typed in.
import fs from 'node:fs';
import { expect } from '@playwright/test';
import { equal, ok } from './assert.mjs';
import { levelDescriptorsFor, structure, textsFor } from './expected.mjs';
import { axeViolations, openPage, tabTo, visit } from './page-helpers.mjs';

const ui = (lang) => JSON.parse(fs.readFileSync(`src/i18n/locales/${lang}/scale.json`, 'utf8'));
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The first stage with a conditional question; every stage has an essential practice (the content check says so).
const stage = structure.stages.find((s) => s.questions.some((q) => q.conditional));
const conditional = stage.questions.find((q) => q.conditional);
const first = stage.questions[0];

/** A question's fieldset, by its statement (the legend starts with it). */
const groupOf = (page, lang, question) =>
  page.getByRole('group', { name: new RegExp(`^${escapeRegExp(textsFor(lang).questions[question.id].statement)}`) });

const savedAnswers = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('peldano.assessment') ?? '{}').state?.answers ?? {});

/** Opens every "what each level looks like" list on the page. */
async function openAllLevels(page, lang) {
  const buttons = page.getByRole('button', { name: ui(lang).showLevels });
  await buttons.first().waitFor();
  while (await buttons.count()) await buttons.first().click();
}

export const tests = {};
for (const lang of ['es', 'en']) {
  tests[`the levels open on demand, describe each radio, and a level is chosen by keyboard (${lang})`] = async ({ browser, url }) => {
    const { page, context, check } = await openPage(browser, url, lang, { viewport: { width: 1280, height: 900 } });
    await visit(page, url, `/stage/${stage.order}`);
    const { scale } = textsFor(lang);
    const descriptors = levelDescriptorsFor(lang)[first.id];
    const group = groupOf(page, lang, first);

    // Each level's radio carries its descriptor as its description, while the list is still closed.
    const toggle = group.getByRole('button', { name: ui(lang).showLevels });
    await toggle.waitFor();
    equal(await toggle.getAttribute('aria-expanded'), 'false', 'the levels start closed');
    for (const level of [0, 1, 2, 3, 4]) {
      const radio = group.getByRole('radio', { name: new RegExp(`^${level}\\s*${escapeRegExp(scale.levels[level])}$`) });
      await expect(radio).toHaveAccessibleDescription(descriptors[level]);
    }

    // From the top of the page, Tab reaches the question's radios; Space picks a level, the arrows move along the scale.
    const reached = await tabTo(page, (f) => f.type === 'radio' && f.inFieldset && f.label.startsWith('0'));
    ok(reached.group, 'Tab reaches the first level of the first question');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', { name: new RegExp(`^2\\s*${escapeRegExp(scale.levels[2])}$`) })).toBeChecked();
    await expect.poll(async () => (await savedAnswers(page))[first.id], { message: 'the chosen level is saved' }).toBe(2);

    // Tab leaves the scale for the levels button; Enter opens the list: levels 0-4, each with its label and what it looks like.
    await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    const hide = group.getByRole('button', { name: ui(lang).hideLevels });
    equal(await hide.getAttribute('aria-expanded'), 'true', 'the button says the levels are open');
    const items = group.locator('.level-list > li');
    equal(await items.count(), 5, 'levels listed');
    for (const level of [0, 1, 2, 3, 4]) {
      await expect(items.nth(level)).toBeVisible();
      await expect(items.nth(level)).toContainText(scale.levels[level]);
      await expect(items.nth(level)).toContainText(descriptors[level]);
    }
    // The chosen level stands out in the open list.
    await expect(items.nth(2)).toHaveClass(/level-list__item--chosen/);

    const violations = await axeViolations(page);
    if (violations.length) throw new Error(`axe with the levels open:\n  ${violations.join('\n  ')}`);
    check();
    await context.close();
  };

  tests[`essential practices are marked and "doesn't apply" is offered on conditional questions only, kept across a reload (${lang})`] = async ({
    browser,
    url,
  }) => {
    const { page, context, check } = await openPage(browser, url, lang, { viewport: { width: 1280, height: 900 } });
    await visit(page, url, `/stage/${stage.order}`);
    const texts = textsFor(lang);
    const notApplicable = (question) => groupOf(page, lang, question).getByRole('radio', { name: texts.scale.notApplicable, exact: true });

    for (const question of stage.questions) {
      const group = groupOf(page, lang, question);
      equal(await group.getByRole('radio').count(), question.conditional ? 7 : 6, `${question.id}: options`);
      equal(await group.getAttribute('data-essential'), question.essential ? 'true' : null, `${question.id}: data-essential`);
      equal(await group.getByText(ui(lang).essential, { exact: true }).count(), question.essential ? 1 : 0, `${question.id}: the essential mark`);
      if (question.conditional) await expect(group.getByText(texts.questions[question.id].condition)).toBeVisible();
    }
    equal(await page.locator('fieldset[data-essential="true"]').count(), stage.questions.filter((q) => q.essential).length, 'essential fieldsets');

    await notApplicable(conditional).check();
    await expect.poll(async () => (await savedAnswers(page))[conditional.id], { message: '"doesn\'t apply" is saved' }).toBe('not-applicable');
    await page.reload();
    await page.locator('main h1').first().waitFor();
    await expect(notApplicable(conditional)).toBeChecked();

    await openAllLevels(page, lang);
    const violations = await axeViolations(page);
    if (violations.length) throw new Error(`axe with "doesn't apply" chosen and every level list open:\n  ${violations.join('\n  ')}`);
    check();
    await context.close();
  };

  tests[`nothing scrolls sideways with every level list open at 320 and 375 px (${lang})`] = async ({ browser, url }) => {
    const { page, context, check } = await openPage(browser, url, lang, { viewport: { width: 320, height: 740 } });
    const problems = [];
    for (const order of new Set([1, stage.order])) {
      await visit(page, url, `/stage/${order}`);
      await openAllLevels(page, lang);
      for (const width of [320, 375]) {
        await page.setViewportSize({ width, height: 740 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) problems.push(`stage ${order} at ${width} px: page ${scrollWidth} px wide`);
      }
    }
    if (problems.length) throw new Error(problems.join('\n  '));
    check();
    await context.close();
  };
}
