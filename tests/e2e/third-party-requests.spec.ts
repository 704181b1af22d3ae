import { expect, test } from '@playwright/test';
import { errorPermalinkPath, errorsPath, guidePath, homePath, LANGS, lookupPath, tagsPath } from './support/site.ts';

test('home, guide, tag index, lookup, search (with results), known errors and 404 pages in both languages, and an error permalink, load nothing from other origins', async ({ context, page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));

  for (const lang of LANGS) {
    for (const path of [homePath(lang), guidePath(lang), tagsPath(lang), lookupPath(lang), `/${lang}/search/?q=docker`, errorsPath(lang), `/${lang}/no-such-page/`]) {
      await page.goto(path, { waitUntil: 'networkidle' });
    }
  }
  await page.goto(errorPermalinkPath('ghcr-permission-denied-write-package'), { waitUntil: 'networkidle' });
  expect(requested.length).toBeGreaterThan(12);
  const elsewhere = requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
});
