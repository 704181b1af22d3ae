import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { ERROR_IDS, lookupInput, openLookup, readLog, resultCard } from './support/lookup.ts';
import { openSearchPage, resultTitles, searchBox } from './support/search.ts';
import { errorsPath, guidePath, guidesPath, homePath, LANGS, lookupPath, tagPath, tagsPath, type Lang } from './support/site.ts';

const pages: { name: string; path: (lang: Lang) => string }[] = [
  { name: 'home', path: homePath },
  { name: 'guide', path: (lang) => guidePath(lang) },
  { name: 'guides list', path: guidesPath },
  { name: 'tag index', path: tagsPath },
  { name: 'tag page', path: (lang) => tagPath(lang, 'github-actions') },
  { name: '404 page', path: (lang) => `/${lang}/no-such-page/` },
  { name: 'lookup page', path: lookupPath },
  { name: 'known errors list', path: errorsPath },
  { name: 'search page', path: (lang) => `/${lang}/search/` },
];

// Both known errors in one paste: a high and a medium confidence card, each with fix links.
const TWO_ERRORS =
  readLog('ghcr-installation-not-allowed/docker-cli-write-organization-package.log') +
  readLog('ghcr-permission-denied-write-package/build-push-action-failed-to-push.log');

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const lang of LANGS) {
      for (const { name, path } of pages) {
        test(`the ${lang} ${name} has no WCAG 2.2 AA violations axe can find (${scheme})`, async ({ page }) => {
          await page.goto(path(lang));
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          expect(await axeViolations(page)).toEqual([]);
        });
      }
      test(`the ${lang} lookup page showing result cards has no WCAG 2.2 AA violations axe can find (${scheme})`, async ({ page }) => {
        await openLookup(page, lang);
        await lookupInput(page).fill(TWO_ERRORS);
        await expect(resultCard(page, ERROR_IDS.writePackage)).toBeVisible();
        await expect(resultCard(page, ERROR_IDS.orgPackage)).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
      test(`the ${lang} search page showing results and filters has no WCAG 2.2 AA violations axe can find (${scheme})`, async ({ page }) => {
        await openSearchPage(page, lang, 'docker');
        await expect(resultTitles(page).first()).toBeVisible();
        await page.locator('[data-search-filters] summary').click();
        expect(await axeViolations(page)).toEqual([]);
      });
      test(`the ${lang} search dialog, open with results, has no WCAG 2.2 AA violations axe can find (${scheme})`, async ({ page }) => {
        await page.goto(guidePath(lang));
        await page.keyboard.press('/');
        await searchBox(page, lang).fill('docker');
        await expect(resultTitles(page).first()).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
      test(`the ${lang} lookup page answering "no known error" has no WCAG 2.2 AA violations axe can find (${scheme})`, async ({ page }) => {
        await openLookup(page, lang);
        await lookupInput(page).fill('src/index.ts(3,7): error TS2322: Type \'string\' is not assignable to type \'number\'.');
        await expect(page.locator('.lookup-none')).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

// The same pages on a phone-sized screen, where the header wraps and code blocks scroll.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`narrow viewport, ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 375, height: 740 } });
    for (const lang of LANGS) {
      for (const { name, path } of pages) {
        test(`the ${lang} ${name} at 375 px has no WCAG 2.2 AA violations axe can find (${scheme})`, async ({ page }) => {
          await page.goto(path(lang));
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    }
  });
}

test('Korean guides mark their code, inline and in blocks, as English for screen readers', async ({ page }) => {
  await page.goto(guidePath('ko'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const inlineCode = page.locator('.guide-body p code');
  expect(await inlineCode.count()).toBeGreaterThan(5);
  expect(await inlineCode.evaluateAll((codes) => codes.filter((c) => c.getAttribute('lang') !== 'en').length)).toBe(0);
  const blocks = page.locator('.guide-body .expressive-code pre');
  expect(await blocks.evaluateAll((pres) => pres.filter((p) => p.getAttribute('lang') !== 'en').length)).toBe(0);
  // The block's title is Korean and stays in the page's language.
  await expect(page.locator('.expressive-code figcaption').first()).not.toHaveAttribute('lang', 'en');
});
