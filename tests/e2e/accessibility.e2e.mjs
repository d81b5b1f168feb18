// axe-core on every screen, in both languages, including the open dialog and the help and note panels.
import { answerAllStages } from './journey.mjs';
import { axeViolations, openPage, visit } from './page-helpers.mjs';

export const tests = {};
for (const lang of ['es', 'en']) {
  tests[`axe reports no WCAG A/AA violation on any screen (${lang})`] = async ({ browser, url }) => {
    const { page, context, check } = await openPage(browser, url, lang);
    const found = [];
    const scan = async (name) => {
      for (const v of await axeViolations(page)) found.push(`${name}: ${v}`);
    };
    await visit(page, url);
    await scan('landing (empty)');
    await visit(page, url, '/profile');
    await page.locator('#organization').fill('x'.repeat(130));
    await page.locator('form button[type=submit]').click();
    await page.getByRole('alert').first().waitFor();
    await scan('profile with an error');
    await visit(page, url, '/stage/1');
    await page.locator('.question__tools button').first().click();
    await page.locator('.question__tools button').nth(1).click();
    await scan('stage 1 with help and note open');
    await answerAllStages(page, url, (stage, i) => (stage < 4 ? 4 : [1, 3, 5, null, 2, 4][i % 6]));
    await visit(page, url, '/stage/10');
    await scan('stage 10 with unanswered summary');
    await visit(page, url, '/results');
    await scan('results');
    await visit(page, url, '/model');
    await scan('model');
    await visit(page, url);
    await page.locator('.actions button').first().click();
    await page.getByRole('dialog').waitFor();
    await scan('start-over dialog');
    if (found.length) throw new Error(`axe violations:\n  ${found.join('\n  ')}`);
    check();
    await context.close();
  };
}
