// Shared steps of the browser journeys.

/**
 * Answers every question of the ten stages through the UI. `pick(stage, index)` returns the radio
 * position to check (0-4 = levels, 5 = "don't know") or null to leave the question unanswered.
 */
export async function answerAllStages(page, baseUrl, pick) {
  for (let stage = 1; stage <= 10; stage++) {
    await page.goto(`${baseUrl}#/stage/${stage}`);
    const sets = page.locator('fieldset').filter({ has: page.getByRole('radio') });
    await sets.first().waitFor();
    const count = await sets.count();
    for (let i = 0; i < count; i++) {
      const choice = pick(stage, i);
      if (choice === null || choice === undefined) continue;
      await sets.nth(i).getByRole('radio').nth(choice).check();
    }
  }
}
