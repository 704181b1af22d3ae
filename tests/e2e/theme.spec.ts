import { expect, test } from '@playwright/test';
import { BACKGROUND, guidePath, homePath, UI, type Lang } from './support/site.ts';

/**
 * What the page looked like while loading, recorded by an init script: the theme when `<body>` was
 * first parsed (only head scripts have run then, so a theme set later by a module script would
 * show light first), and the theme and body background at DOMContentLoaded.
 */
interface LoadRecord {
  themeAtBody: string | undefined;
  theme: string | undefined;
  bodyBackground: string;
}

const cases: { scheme: 'dark' | 'light'; lang: Lang; path: string }[] = [
  { scheme: 'dark', lang: 'en', path: homePath('en') },
  { scheme: 'dark', lang: 'ko', path: guidePath('ko') },
  { scheme: 'light', lang: 'ko', path: homePath('ko') },
  { scheme: 'light', lang: 'en', path: guidePath('en') },
];

for (const { scheme, lang, path } of cases) {
  const chosen = scheme === 'dark' ? 'light' : 'dark';
  test.describe(`on a ${scheme} system`, () => {
    test.use({ colorScheme: scheme });

    test(`${path} follows the system, the toggle switches to ${chosen}, and the choice is back before first paint after a reload`, async ({ page }) => {
      await page.goto(path);
      const body = page.locator('body');
      const toggle = page.getByRole('button', { name: UI[lang].themeToggle });
      await expect(body).toHaveCSS('background-color', BACKGROUND[scheme]);
      await expect(toggle).toHaveAttribute('aria-pressed', String(scheme === 'dark'));

      await toggle.click();
      await expect(body).toHaveCSS('background-color', BACKGROUND[chosen]);
      await expect(toggle).toHaveAttribute('aria-pressed', String(chosen === 'dark'));

      await page.addInitScript(() => {
        const win = window as unknown as { loadRecord: Partial<LoadRecord> };
        win.loadRecord = {};
        const watcher = new MutationObserver(() => {
          if (!document.body) return;
          win.loadRecord.themeAtBody = document.documentElement.dataset['theme'];
          watcher.disconnect();
        });
        watcher.observe(document, { childList: true, subtree: true });
        document.addEventListener('DOMContentLoaded', () => {
          win.loadRecord.theme = document.documentElement.dataset['theme'];
          win.loadRecord.bodyBackground = getComputedStyle(document.body).backgroundColor;
        });
      });
      await page.reload();
      const loaded = await page.evaluate(() => (window as unknown as { loadRecord: LoadRecord }).loadRecord);
      expect(loaded).toMatchObject({ themeAtBody: chosen, theme: chosen, bodyBackground: BACKGROUND[chosen] });
      await expect(body).toHaveCSS('background-color', BACKGROUND[chosen]);
      await expect(toggle).toHaveAttribute('aria-pressed', String(chosen === 'dark'));
    });
  });
}
