import { expect, test } from '@playwright/test';
import { expectScrolledTo, guidePath, LANGS, UI } from './support/site.ts';

for (const lang of LANGS) {
  test(`the ${lang} guide (TocOpen: true) shows its table of contents open, and its links jump to their sections`, async ({ page }) => {
    await page.goto(guidePath(lang));
    const toc = page.locator('details.toc');
    await expect(toc).toHaveAttribute('open', '');
    const nav = page.getByRole('navigation', { name: UI[lang].toc });
    await expect(nav).toBeVisible();

    const link = nav.locator('a[href="#verify"]');
    await link.click();
    await expect(page).toHaveURL(`${guidePath(lang)}#verify`);
    await expectScrolledTo(page, page.locator('#verify'));

    // Every entry points at a heading that exists on the page.
    const targets = await nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(targets.length).toBeGreaterThan(5);
    for (const href of targets) await expect(page.locator(`.guide-body ${href}`)).toHaveCount(1);
  });
}
