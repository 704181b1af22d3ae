import { expect, test, type Page } from '@playwright/test';
import { guidePath, LANGS, publicUrl } from './support/site.ts';

/** Parses XML in the browser; returns null when it is not well-formed. */
async function parseXml(page: Page, url: string) {
  return page.evaluate(async (u) => {
    const text = await (await fetch(u)).text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return {
      root: doc.documentElement.nodeName,
      language: doc.querySelector('channel > language')?.textContent ?? null,
      items: [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent ?? '',
        link: item.querySelector('link')?.textContent ?? '',
      })),
      locs: [...doc.getElementsByTagName('loc')].map((loc) => loc.textContent ?? ''),
    };
  }, url);
}

for (const lang of LANGS) {
  test(`the ${lang} RSS feed is well-formed XML listing the guide in ${lang}`, async ({ page }) => {
    await page.goto(guidePath(lang));
    const title = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
    const feed = await parseXml(page, `/${lang}/rss.xml`);
    expect(feed).not.toBeNull();
    expect(feed?.root).toBe('rss');
    expect(feed?.language).toBe(lang);
    expect(feed?.items).toContainEqual({ title, link: publicUrl(guidePath(lang)) });
    for (const item of feed?.items ?? []) expect(item.link).toContain(`/${lang}/`);
  });
}

test('the sitemap index leads to a sitemap listing the guide in both languages', async ({ page }) => {
  await page.goto('/en/');
  const index = await parseXml(page, '/sitemap-index.xml');
  expect(index?.root).toBe('sitemapindex');
  expect(index?.locs.length).toBeGreaterThan(0);
  const locs: string[] = [];
  for (const sitemap of index?.locs ?? []) {
    const parsed = await parseXml(page, new URL(sitemap).pathname);
    expect(parsed?.root).toBe('urlset');
    locs.push(...(parsed?.locs ?? []));
  }
  expect(locs).toContain(publicUrl(guidePath('en')));
  expect(locs).toContain(publicUrl(guidePath('ko')));
});
