import { expect, test } from '@playwright/test';
import { homePath } from './support/site.ts';

test.describe('with a Korean browser', () => {
  test.use({ locale: 'ko-KR' });
  test('the root page sends the reader to the Korean home', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(homePath('ko'));
  });
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-US' });
  test('the root page sends the reader to the English home', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(homePath('en'));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'ko-KR' });
  test('the root page stays put and links both language homes', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', homePath('en'));
    await expect(page.getByRole('link', { name: '한국어' })).toHaveAttribute('href', homePath('ko'));
    await page.getByRole('link', { name: '한국어' }).click();
    await expect(page).toHaveURL(homePath('ko'));
  });
});
