import { expect, test } from '@playwright/test';
import { guidePath, homePath, LANGS, tagsPath } from './support/site.ts';

test('home, guide, tag index and 404 pages in both languages load nothing from other origins', async ({ context, page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));

  for (const lang of LANGS) {
    for (const path of [homePath(lang), guidePath(lang), tagsPath(lang), `/${lang}/no-such-page/`]) {
      await page.goto(path, { waitUntil: 'networkidle' });
    }
  }
  expect(requested.length).toBeGreaterThan(8);
  const elsewhere = requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
});
