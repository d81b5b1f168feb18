// Nothing scrolls sideways on a phone: every screen, in both languages, at 320 and 375 px.
// Bug guarded: at 375 px the results stage table made the page ~490 px wide (same on shared results),
// the main navigation wrapped, and the landing ladder's labels nearly touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAssessmentFile, serializeAssessmentFile } from '../../src/portability/assessment-file.ts';
import { buildShareUrl, encodeShareLink } from '../../src/portability/share-link.ts';
import { EMPTY_PROFILE } from '../../src/engine/profile.ts';
import { answersFrom, structure } from './expected.mjs';
import { answerAllStages } from './journey.mjs';
import { openPage, visit } from './page-helpers.mjs';

const WIDTHS = [320, 375];

// A mid-maturity company with every status on the chart: achieved, in progress, not started, not rated.
const pick = (stage, i) => (stage <= 3 ? 4 : stage === 4 ? [2, 3, 1][i % 3] : stage === 5 ? 0 : stage === 9 ? (i === 0 ? 1 : 5) : [1, 3, 5, null, 2, 4][i % 6]);

/** Three participants' files, with long names, so the workshop screens have rows, an agenda and a turn. */
function participantFiles() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peldano-overflow-'));
  const write = (name, stage4) => {
    const answers = Object.fromEntries(structure.stages.flatMap((s) => s.questions.map((q) => [q.id, s.order <= 3 ? 4 : s.order === 4 ? stage4 : 1])));
    const file = buildAssessmentFile(
      { answers, notes: {}, profile: { ...EMPTY_PROFILE, organization: 'Bodegas Añora & Hijos, S.L.' }, startedAt: null, updatedAt: null },
      { model: structure, language: 'es', exportedAt: new Date(Date.UTC(2025, 2, 14)) },
    );
    fs.writeFileSync(path.join(dir, name), serializeAssessmentFile(file));
    return path.join(dir, name);
  };
  return { dir, files: [write('marketing-y-comunicacion.json', 4), write('ventas.json', 0), write('direccion-general.json', 2)] };
}

/** The page's overflow at each width: the page width and the widest elements that stick out on the right. */
function measure(page) {
  return page.evaluate(() => {
    const limit = window.innerWidth;
    const offenders = [];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= limit + 0.5) continue;
      // Report the outermost offender only: its children stick out because it does.
      if (el.parentElement && el.parentElement.getBoundingClientRect().right > limit + 0.5) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
      offenders.push({ name, right: Math.round(box.right), text: (el.textContent || '').trim().slice(0, 40) });
    }
    offenders.sort((a, b) => b.right - a.right);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: limit, offenders: offenders.slice(0, 3) };
  });
}

/** The header's visible items: they must share one row (a wrapped navigation left "El modelo" alone on a line). */
function headerRows(page) {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll('.site-header__inner > *, .site-header__inner > .site-menu > *')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).display !== 'contents';
    });
    const centres = items.map((el) => { const b = el.getBoundingClientRect(); return b.top + b.height / 2; });
    return { spread: Math.max(...centres) - Math.min(...centres), items: items.map((el) => el.className || el.tagName) };
  });
}

/** The smallest vertical space between two neighbouring ladder labels' text. */
function ladderLabelGap(page) {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll('.landing__ladder .ladder__label > span:last-child')].map((el) => el.getBoundingClientRect());
    let gap = Infinity;
    for (let i = 1; i < texts.length; i++) gap = Math.min(gap, texts[i].top - texts[i - 1].bottom);
    return texts.length > 1 ? gap : null;
  });
}

export const tests = {};
for (const lang of ['es', 'en']) {
  // Bug guarded: at 375 px the main navigation wrapped and the landing ladder's labels nearly touched.
  tests[`the header fits one line and the ladder labels have room at 320 and 375 px (${lang})`] = async ({ browser, url }) => {
    const { page, context, check } = await openPage(browser, url, lang);
    const problems = [];
    await visit(page, url);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 740 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const header = await headerRows(page);
      if (header.spread > 8) problems.push(`${width} px: the header wraps onto several lines (${header.items.join(', ')})`);
      const gap = await ladderLabelGap(page);
      if (gap === null || gap < 8) problems.push(`${width} px: ladder labels only ${gap} px apart`);
    }
    // On phones the navigation folds behind a menu button that a keyboard opens, and it lists every screen.
    const menu = page.locator('.menu-button');
    if (await menu.isVisible()) {
      await menu.focus();
      await page.keyboard.press('Enter');
      const links = page.getByRole('navigation').getByRole('link');
      if ((await links.count()) !== 4 || !(await links.first().isVisible())) problems.push('the menu does not show the four screens');
      if ((await menu.getAttribute('aria-expanded')) !== 'true') problems.push('the menu button does not say it is expanded');
      const m = await measure(page);
      if (m.scrollWidth > m.innerWidth) problems.push(`the open menu scrolls sideways (${m.scrollWidth} px)`);
      await page.keyboard.press('Escape');
      if ((await menu.getAttribute('aria-expanded')) !== 'false') problems.push('Escape does not close the menu');
    }
    if (problems.length) throw new Error(problems.join('\n  '));
    check();
    await context.close();
  };

  tests[`no screen scrolls sideways at 320 or 375 px (${lang})`] = async ({ browser, url }) => {
    const { page, context, check } = await openPage(browser, url, lang, { viewport: { width: 375, height: 740 } });
    const problems = [];
    /** Checks the current screen at every width (the page re-lays out on resize, as on a rotated phone). */
    const checkScreen = async (name, ready = async () => {}) => {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 740 });
        await ready();
        // Let React re-render anything that depends on a media query, then measure.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const m = await measure(page);
        if (m.scrollWidth > m.innerWidth) {
          const who = m.offenders.map((o) => `${o.name} to ${o.right} px ("${o.text}")`).join('; ') || 'no single element found';
          problems.push(`${name} at ${width} px: page ${m.scrollWidth} px wide; widest: ${who}`);
        }
      }
    };
    const at = async (name, route, ready) => {
      await visit(page, url, route);
      await checkScreen(name, ready);
    };

    await at('landing (empty)', '');
    await at('profile', '/profile');
    await at('results (nothing answered)', '/results');
    await answerAllStages(page, url, pick);
    for (const stage of structure.stages) await at(`stage ${stage.order}`, `/stage/${stage.order}`);
    await at('landing (with answers)', '');
    await at('results (with answers)', '/results', () => page.locator('.stage-scores').waitFor());
    await at('model', '/model');

    // Shared results from a link generated by the app's own encoder.
    const payload = await encodeShareLink(answersFrom(pick), structure);
    await page.goto(buildShareUrl(payload, `${url}#/results`));
    await page.locator('[data-placement]').first().waitFor();
    await checkScreen('shared results');

    const { dir, files } = participantFiles();
    await at('workshop setup (empty)', '/workshop');
    await page.locator('input[type=file]').first().setInputFiles(files);
    await page.locator('.participant-list__item').nth(files.length - 1).waitFor();
    await checkScreen('workshop setup with participants');
    await at('room view', '/workshop/room', () => page.locator('.room__agenda').waitFor());
    // A participant answering on this device, with a long name.
    await visit(page, url, '/workshop');
    await page.locator('.workshop__turn input').fill('María Fernanda Rodríguez-Villanueva');
    await page.locator('.workshop__turn button[type=submit]').click();
    await page.locator('fieldset').first().waitFor();
    await checkScreen('participant turn');
    await page.goto(`${url}#/nowhere`);
    await page.locator('main h1').waitFor();
    await checkScreen('not found');
    fs.rmSync(dir, { recursive: true, force: true });

    if (problems.length) throw new Error(`sideways scrolling:\n  ${problems.join('\n  ')}`);
    check();
    await context.close();
  };
}
