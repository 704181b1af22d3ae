import { expect, test } from '@playwright/test';
import { guidePath, guidesPath, LANGS, tagPath, tagsPath } from '../support/site.ts';

for (const lang of LANGS) {
  test(`a ${lang} draft guide is not published: no page, not listed, no tag, not in the feed`, async ({ page, request }) => {
    expect((await request.get(guidePath(lang, 'draft-guide'))).status()).toBe(404);

    await page.goto(guidesPath(lang));
    const list = page.getByRole('main').getByRole('list');
    await expect(list.getByRole('link', { name: /Paired guide|짝 가이드/ })).toBeVisible();
    await expect(list.getByRole('link', { name: 'Draft guide' })).toHaveCount(0);
    await expect(page.locator(`a[href*="draft-guide"]`)).toHaveCount(0);

    await page.goto(tagsPath(lang));
    await expect(page.getByRole('main').getByRole('link', { name: /^Fixture/ })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /Draft only tag/ })).toHaveCount(0);
    expect((await request.get(tagPath(lang, 'draft-only-tag'))).status()).toBe(404);

    const feed = await (await request.get(`/${lang}/rss.xml`)).text();
    expect(feed).toContain('paired-guide');
    expect(feed).not.toContain('draft-guide');
  });
}

test('the sitemap lists published guides and no draft', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(sitemaps.length).toBeGreaterThan(0);
  const text = (await Promise.all(sitemaps.map(async (path) => (await request.get(path)).text()))).join('\n');
  expect(text).toContain(guidePath('en', 'paired-guide'));
  expect(text).not.toContain('draft-guide');
  expect(text).not.toContain('draft-only-tag');
});
