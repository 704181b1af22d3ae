import { expect, test } from '@playwright/test';
import { guidePath, LANGS, UI } from '../support/site.ts';

for (const lang of LANGS) {
  test(`a ${lang} guide with hidemeta, disableShare and comments shows no meta line, share or heading-copy controls, but a report link`, async ({ page }) => {
    await page.goto(guidePath(lang, 'quiet-guide'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.guide-meta')).toHaveCount(0);
    await expect(page.locator('time')).not.toHaveCount(0); // the "last verified" date is still there
    await expect(page.getByRole('button', { name: UI[lang].copyPageLink })).toHaveCount(0);
    await expect(page.locator('[data-share-url]')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: lang === 'en' ? 'Section' : '섹션' })).toBeVisible();
    const headingControls = page.locator('.guide-body a[data-heading-link]');
    await expect(headingControls).not.toHaveCount(0);
    for (const control of await headingControls.all()) await expect(control).toBeHidden();
    const report = page.getByRole('link', { name: UI[lang].report });
    await expect(report).toBeVisible();
    await expect(report).toHaveAttribute('href', /\/issues\/new\?/);
  });

  test(`a ${lang} guide with default front matter shows its meta line, share button and heading-copy controls, and no report link`, async ({ page }) => {
    await page.goto(guidePath(lang, 'paired-guide'));
    const meta = page.locator('.guide-meta');
    await expect(meta).toBeVisible();
    await expect(meta).toContainText(lang === 'en' ? 'by Test Author' : '글쓴이 테스트 작성자');
    await expect(meta.locator('time')).toHaveAttribute('datetime', '2024-01-10');
    await expect(page.getByRole('button', { name: UI[lang].copyPageLink })).toBeVisible();
    await expect(page.locator('.guide-body a[data-heading-link]').first()).toBeVisible();
    await expect(page.getByRole('link', { name: UI[lang].report })).toHaveCount(0);
  });
}
