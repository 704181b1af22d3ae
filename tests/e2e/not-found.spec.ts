import { expect, test } from '@playwright/test';
import { homePath, UI } from './support/site.ts';

for (const path of ['/ko/nope/', '/en/guides/no-such-guide/']) {
  test(`an unknown URL (${path}) answers 404 and offers both languages' home pages`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: UI.en.notFound })).toBeVisible();
    await expect(page.getByRole('heading', { name: UI.ko.notFound })).toBeVisible();
    await expect(page.getByRole('heading', { name: UI.ko.notFound }).locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('link', { name: UI.en.notFoundHome })).toHaveAttribute('href', homePath('en'));
    await expect(page.getByRole('link', { name: UI.ko.notFoundHome })).toHaveAttribute('href', homePath('ko'));
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');

    await page.getByRole('link', { name: UI.ko.notFoundHome }).click();
    await expect(page).toHaveURL(homePath('ko'));
  });
}
