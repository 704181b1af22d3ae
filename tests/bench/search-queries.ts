// The query sets in tests/fixtures/search (Korean and English, written from the guides by
// what readers type, before tuning) against plain Pagefind and Sapjil's search on the same
// built site, side by side in one run. A query counts as found when any expected guide is in
// the top 3. Needs `npm run build` first.
// Run: `node tests/bench/search-queries.ts` (part of `npm run bench`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './support/browser.ts';
import { buildPlainIndex, PLAIN_BUNDLE_DIR } from './support/pagefind-plain.ts';
import { guideSlug, openPagefind, plainStrategy, sapjilStrategy, type SearchStrategy } from './support/search-runner.ts';
import { serveStatic } from './support/static-server.ts';

interface Query {
  query: string;
  expect: string[];
  kind: string[];
}

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error('No search index in dist/: run `npm run build` first.');
  process.exit(2);
}
await buildPlainIndex(dist);
const server = await serveStatic(dist);
const browser = await launchChromium();
const verbose = process.argv.includes('--verbose');

async function score(lang: 'ko' | 'en', name: string, strategy: (page: import('@playwright/test').Page) => SearchStrategy, bundle: string, queries: Query[]) {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/${lang}/tags/`);
  await openPagefind(page, `/${bundle}/pagefind.js`);
  const run = strategy(page);
  const found: boolean[] = [];
  for (const q of queries) {
    const slugs = (await run(q.query)).map(guideSlug);
    const ok = q.expect.some((slug) => slugs.includes(slug));
    found.push(ok);
    if (verbose && !ok) console.log(`  ${name} missed: ${q.query} → ${slugs.join(', ') || '(nothing)'} (want ${q.expect.join(' | ')})`);
  }
  await page.close();
  return found;
}

const pct = (hits: number, total: number) => `${((100 * hits) / total).toFixed(1)}%`;
const results: Record<string, unknown> = {};
for (const lang of ['ko', 'en'] as const) {
  const queries = JSON.parse(readFileSync(new URL(`../fixtures/search/queries.${lang}.json`, import.meta.url), 'utf8')) as Query[];
  const plain = await score(lang, 'plain', plainStrategy, PLAIN_BUNDLE_DIR, queries);
  const sapjil = await score(lang, 'sapjil', sapjilStrategy, 'pagefind', queries);
  const count = (list: boolean[], filter: (q: Query) => boolean = () => true) => queries.filter((q, i) => filter(q) && list[i]).length;
  console.log(`\n${lang}: ${queries.length} queries, expected guide in the top 3`);
  console.log(`  ${'kind'.padEnd(12)} ${'n'.padStart(4)}  ${'plain Pagefind'.padStart(14)}  ${'Sapjil'.padStart(8)}`);
  const kinds = [...new Set(queries.flatMap((q) => q.kind))].sort();
  for (const kind of ['all', ...kinds]) {
    const filter = kind === 'all' ? () => true : (q: Query) => q.kind.includes(kind);
    const n = queries.filter(filter).length;
    console.log(`  ${kind.padEnd(12)} ${String(n).padStart(4)}  ${pct(count(plain, filter), n).padStart(14)}  ${pct(count(sapjil, filter), n).padStart(8)}`);
  }
  results[lang] = { queries: queries.length, plain: count(plain), sapjil: count(sapjil) };
}
console.log(`\n${JSON.stringify(results)}`);
await browser.close();
await server.close();
