import { expect, test } from '@playwright/test';
import { guidePath, publicUrl } from '../support/site.ts';

test('the Korean URL of an English-only guide shows the English text under a Korean notice, kept out of search', async ({ page }) => {
  await page.goto(guidePath('ko', 'english-only'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('English-only guide');
  await expect(page.getByText('Only English text here.')).toBeVisible();
  await expect(page.locator('article')).toHaveAttribute('lang', 'en');

  const notice = page.getByRole('note');
  await expect(notice).toHaveAttribute('lang', 'ko');
  await expect(notice).toContainText('이 가이드는 아직 한국어로 번역되지 않았습니다');
  const original = notice.getByRole('link', { name: 'English 페이지로 이동' });
  await expect(original).toHaveAttribute('href', guidePath('en', 'english-only'));

  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', publicUrl(guidePath('en', 'english-only')));
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);

  await original.click();
  await expect(page).toHaveURL(guidePath('en', 'english-only'));
});

test('the English original of an English-only guide is indexed and has no notice', async ({ page }) => {
  await page.goto(guidePath('en', 'english-only'));
  await expect(page.locator('article[data-pagefind-body]')).toHaveCount(1);
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.locator('head meta[name="robots"]')).toHaveCount(0);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', publicUrl(guidePath('en', 'english-only')));
});
