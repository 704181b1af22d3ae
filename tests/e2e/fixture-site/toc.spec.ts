import { expect, test } from '@playwright/test';
import { expectScrolledTo, guidePath, LANGS, UI } from '../support/site.ts';

for (const lang of LANGS) {
  test(`a ${lang} guide with TocOpen: false starts with its contents closed; opening them and following a link reaches the section`, async ({ page }) => {
    await page.goto(guidePath(lang, 'paired-guide'));
    const toc = page.locator('details.toc');
    await expect(toc).not.toHaveAttribute('open');
    const nav = page.getByRole('navigation', { name: UI[lang].toc });
    await expect(nav).toBeHidden();

    await toc.locator('summary', { hasText: UI[lang].toc }).click();
    await expect(toc).toHaveAttribute('open', '');
    await expect(nav).toBeVisible();

    await nav.locator('a[href="#verify"]').click();
    await expect(page).toHaveURL(`${guidePath(lang, 'paired-guide')}#verify`);
    await expectScrolledTo(page, page.locator('#verify'));
  });
}
