import { expect, test } from '@playwright/test';
import { ERROR_IDS, readLog } from '../support/lookup.ts';

// The site built with SAPJIL_BASE=/sapjil/ (as for GitHub Pages at <owner>.github.io/sapjil/):
// every page, asset, search index file, worker and link must stay under the sub-path.
const BASE = '/sapjil/';
const PAGES = ['', 'en/', 'ko/', 'en/guides/', 'ko/guides/ghcr-write-package-permission/', 'en/lookup/', 'ko/search/?q=권한', 'en/tags/', 'ko/errors/'];

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('every page type loads everything from under /sapjil/, with no failed request', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const failed: string[] = [];
  const outside: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return;
    if (!url.pathname.startsWith(BASE)) outside.push(url.pathname);
    if (response.status() >= 400) failed.push(`${response.status()} ${url.pathname}`);
  });
  for (const path of PAGES) await page.goto(`${BASE}${path}`, { waitUntil: 'networkidle' });
  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
});

test('every link on the guide page that points into the site stays under /sapjil/', async ({ page }) => {
  await page.goto(`${BASE}en/guides/ghcr-write-package-permission/`);
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((href) => !href.startsWith(BASE))).toEqual([]);
});

test('search finds guides and links them under /sapjil/', async ({ page }) => {
  await page.goto(`${BASE}en/search/?q=write_package`);
  const first = page.locator('[data-search-results] > li h3 a').first();
  await expect(first).toHaveAttribute('href', /^\/sapjil\/en\/guides\/ghcr-write-package-permission\/\?highlight=/);
  await first.click();
  await expect(page.locator('.guide mark.search-highlight').first()).toBeVisible();
});

test('the lookup runs its worker and links the fix under /sapjil/', async ({ page }) => {
  await page.goto(`${BASE}en/lookup/`);
  await page.locator('sapjil-lookup textarea').fill(readLog('ghcr-permission-denied-write-package/build-push-action-failed-to-push.log'));
  await expect(page.locator(`[data-error-id="${ERROR_IDS.writePackage}"] h2 a`)).toHaveAttribute('href', `${BASE}en/guides/ghcr-write-package-permission/#causes`);
});

test('an error permalink under /sapjil/ opens the guide section', async ({ page }) => {
  await page.goto(`${BASE}errors/${ERROR_IDS.writePackage}/`);
  await expect(page).toHaveURL(new RegExp(`${BASE}(en|ko)/guides/ghcr-write-package-permission/#causes$`));
});
