import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { guideSlug, openPagefind, sapjilStrategy } from '../bench/support/search-runner.ts';
import { LANGS } from './support/site.ts';

// The committed query sets (tests/fixtures/search), written from what readers type: the site's
// search must keep finding an expected guide in the top 3 for at least 90% of them. The side by
// side comparison with plain Pagefind is `node tests/bench/search-queries.ts`.
const GOAL = 0.9;

for (const lang of LANGS) {
  test(`the ${lang} query set finds an expected guide in the top 3 for at least ${GOAL * 100}% of queries`, async ({ page }) => {
    const queries = JSON.parse(readFileSync(new URL(`../fixtures/search/queries.${lang}.json`, import.meta.url), 'utf8')) as { query: string; expect: string[] }[];
    await page.goto(`/${lang}/tags/`);
    await openPagefind(page, '/pagefind/pagefind.js');
    const search = sapjilStrategy(page);
    const missed: string[] = [];
    for (const { query, expect: wanted } of queries) {
      const slugs = (await search(query)).map(guideSlug);
      if (!wanted.some((slug) => slugs.includes(slug))) missed.push(`${query} → ${slugs.join(', ') || '(nothing)'}`);
    }
    const found = 1 - missed.length / queries.length;
    expect(found, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(GOAL);
  });
}
