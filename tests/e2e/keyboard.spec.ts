import { expect, test, type Locator, type Page } from '@playwright/test';
import { ERROR_IDS, LOOKUP_UI, readLog } from './support/lookup.ts';
import { openSearchPage, resultTitles, searchBox, searchStatus } from './support/search.ts';
import { guidePath, UI } from './support/site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Presses Tab (or Shift+Tab) until `target` has focus (at most `limit` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

test('keyboard only: skip link → search → result → guide → copy link → lookup → result', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await page.keyboard.press('/');
  await expect(searchBox(page, 'en')).toBeFocused();
  await page.keyboard.type('write_package');
  // A reader arrows down once the results for what they typed are announced, not those for "w".
  await expect(searchStatus(page)).toContainText('write_package');
  await expect(resultTitles(page).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(resultTitles(page).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${guidePath('en')}\\?highlight=`));

  const copy = page.getByRole('button', { name: UI.en.copyPageLink });
  await tabTo(page, copy);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: UI.en.linkCopied })).toBeAttached();

  // Back up to the header's navigation.
  const lookupLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Find a fix' });
  await tabTo(page, lookupLink, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/lookup\/$/);

  const box = page.getByRole('textbox', { name: LOOKUP_UI.en.label });
  await tabTo(page, box);
  await page.keyboard.insertText(readLog('ghcr-permission-denied-write-package/build-push-action-failed-to-push.log'));
  const result = page.locator(`[data-error-id="${ERROR_IDS.writePackage}"]`).getByRole('heading').getByRole('link');
  await expect(result).toBeVisible();
  await tabTo(page, result);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${guidePath('en')}#causes$`));
});

test('a search that finishes after the reader arrowed into the results keeps them on the same result', async ({ page }) => {
  await openSearchPage(page, 'en');
  await searchBox(page, 'en').pressSequentially('permission', { delay: 20 });
  await expect(searchStatus(page)).toContainText('permission');
  await expect(resultTitles(page).nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(resultTitles(page).nth(1)).toBeFocused();
  // The search for the last letters typed lands while the reader is already in the list.
  await searchBox(page, 'en').evaluate((input: HTMLInputElement) => {
    input.value = 'permission denied';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(searchStatus(page)).toContainText('permission denied');
  await expect(resultTitles(page).nth(1)).toBeFocused();
  // And the keys still walk from there.
  await page.keyboard.press('ArrowUp');
  await expect(resultTitles(page).first()).toBeFocused();
});
