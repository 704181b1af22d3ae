import { expect, test } from '@playwright/test';
import { ERROR_ANCHORS, ERROR_IDS, ERROR_MESSAGES, LOOKUP_UI } from './support/lookup.ts';
import { errorPermalinkPath, errorsPath, guidePath, LANGS } from './support/site.ts';

const ERRORS = Object.values(ERROR_IDS);

for (const lang of LANGS) {
  test(`${errorsPath(lang)} lists both ghcr errors, each with its message, its permanent link and the ${lang} guide section that fixes it`, async ({ page }) => {
    await page.goto(errorsPath(lang));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LOOKUP_UI[lang].knownErrors);
    const items = page.locator('.error-list > li');
    expect(await items.count()).toBeGreaterThanOrEqual(ERRORS.length);
    for (const id of ERRORS) {
      const item = items.filter({ has: page.locator(`a[href="${errorPermalinkPath(id)}"]`) });
      await expect(item).toHaveCount(1);
      await expect(item.locator('code').first()).toHaveText(ERROR_MESSAGES[id] ?? '');
      await expect(item.getByRole('link', { name: id })).toHaveAttribute('href', errorPermalinkPath(id));
      await expect(item.getByRole('link', { name: LOOKUP_UI[lang].guideTitle })).toHaveAttribute('href', `${guidePath(lang)}#${ERROR_ANCHORS[id]}`);
    }
  });
}

const ORG_PACKAGE = ERROR_IDS.orgPackage;
const orgSection = (lang: (typeof LANGS)[number]) => `${guidePath(lang)}#${ERROR_ANCHORS[ORG_PACKAGE]}`;

test.describe('with a Korean browser', () => {
  test.use({ locale: 'ko-KR' });
  test(`an error's permanent link sends the reader to the Korean guide section`, async ({ page }) => {
    await page.goto(errorPermalinkPath(ORG_PACKAGE));
    await expect(page).toHaveURL(orgSection('ko'));
    await expect(page.locator(`#${ERROR_ANCHORS[ORG_PACKAGE]}`)).toBeInViewport();
  });
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-US' });
  test(`an error's permanent link sends the reader to the English guide section`, async ({ page }) => {
    await page.goto(errorPermalinkPath(ORG_PACKAGE));
    await expect(page).toHaveURL(orgSection('en'));
    await expect(page.locator(`#${ERROR_ANCHORS[ORG_PACKAGE]}`)).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'ko-KR' });
  test(`an error's permanent link stays put, names the error and links the section in both languages`, async ({ page }) => {
    await page.goto(errorPermalinkPath(ORG_PACKAGE));
    await expect(page).toHaveURL(errorPermalinkPath(ORG_PACKAGE));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ERROR_MESSAGES[ORG_PACKAGE] ?? '');
    for (const lang of LANGS) {
      await expect(page.getByRole('link', { name: LOOKUP_UI[lang].guideTitle })).toHaveAttribute('href', orgSection(lang));
    }
    await page.getByRole('link', { name: LOOKUP_UI.ko.guideTitle }).click();
    await expect(page).toHaveURL(orgSection('ko'));
  });
});
