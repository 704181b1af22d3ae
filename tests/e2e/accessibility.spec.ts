import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { guidePath, guidesPath, homePath, LANGS, tagPath, tagsPath, type Lang } from './support/site.ts';

const pages: { name: string; path: (lang: Lang) => string }[] = [
  { name: 'home', path: homePath },
  { name: 'guide', path: (lang) => guidePath(lang) },
  { name: 'guides list', path: guidesPath },
  { name: 'tag index', path: tagsPath },
  { name: 'tag page', path: (lang) => tagPath(lang, 'github-actions') },
  { name: '404 page', path: (lang) => `/${lang}/no-such-page/` },
];

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
    }
  });
}
