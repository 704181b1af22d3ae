import { expect, test } from '@playwright/test';
import { guidePath, homePath, languageLink, LANGS, publicUrl, UI } from './support/site.ts';

test('a reader goes from the English home to the guide, switches to Korean and back to the same guide', async ({ page }) => {
  await page.goto(homePath('en'));
  await page
    .getByRole('region', { name: UI.en.popular })
    .getByRole('link', { name: /permission_denied: write_package/ })
    .click();
  await expect(page).toHaveURL(guidePath('en'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('write_package');

  await languageLink(page, 'en', 'ko').click();
  await expect(page).toHaveURL(guidePath('ko'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('오류 해결');

  await languageLink(page, 'ko', 'en').click();
  await expect(page).toHaveURL(guidePath('en'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const lang of LANGS) {
  test(`the ${lang} guide's head names both language versions, x-default, its canonical URL and link-preview tags`, async ({ page }) => {
    await page.goto(guidePath(lang));
    const head = page.locator('head');
    await expect(head.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', publicUrl(guidePath('en')));
    await expect(head.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute('href', publicUrl(guidePath('ko')));
    await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', publicUrl(guidePath('en')));
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', publicUrl(guidePath(lang)));
    await expect(head.locator('meta[name="robots"]')).toHaveCount(0);

    const h1 = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    expect(h1).not.toBe('');
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', h1);
    await expect(head.locator('meta[property="og:description"]')).toHaveAttribute('content', /\S/);
    await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', publicUrl(guidePath(lang)));
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  });
}
