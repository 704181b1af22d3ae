import { expect, test } from '@playwright/test';
import { clipboardText, guideBody, guidePath, LANGS } from './support/site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const lang of LANGS) {
  test(`a ${lang} workflow code block shows its file name, inserted and deleted lines, and copies exactly its code`, async ({ page }) => {
    await page.goto(guidePath(lang));
    // The read-only-token fix: a workflow file with both an added and a removed line.
    const block = guideBody(page)
      .locator('.expressive-code figure')
      .filter({ has: page.locator('.ec-line.del') })
      .filter({ has: page.locator('.ec-line.ins') })
      .first();
    await expect(block.locator('figcaption')).toHaveText(/^\.github\/workflows\/[\w-]+\.ya?ml$/);
    await expect(block.locator('.ec-line.ins').first()).toBeVisible();
    await expect(block.locator('.ec-line.del').first()).toBeVisible();

    const code = await block
      .locator('.ec-line')
      .evaluateAll((lines) => lines.map((line) => (line as HTMLElement).innerText.replace(/\n$/, '')).join('\n'));
    expect(code).toContain('push:');

    // Located by role only: Expressive Code labels it in English on both pages for now.
    await block.getByRole('button').click();
    await expect.poll(() => clipboardText(page)).toBe(code);
  });
}
