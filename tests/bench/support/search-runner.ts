import type { Page } from '@playwright/test';
import { compileRecords } from '../../../src/lib/lookup/compile-records.ts';
import { lookupLog } from '../../../src/lib/lookup/lookup.ts';
import { fullTextQuery, looksLikeErrorText, worthLookingUp } from '../../../src/lib/search/error-query.ts';
import { queryTerms } from '../../../src/lib/search/query-terms.ts';
import { relaxedSearch } from '../../../src/lib/search/relaxed-search.ts';
import { readErrorRecords } from '../../../src/node/read-error-records.ts';

/** Runs a query and gives the result pages' URLs, best first. */
export type SearchStrategy = (query: string) => Promise<string[]>;

declare global {
  interface Window {
    // Set by `openPagefind` inside the page under test.
    __pagefind?: { search(query: string): Promise<{ results: { id: string; score: number; data(): Promise<{ url: string }> }[] }> };
    __results?: Map<string, { data(): Promise<{ url: string }> }>;
  }
}

/**
 * Loads a Pagefind bundle into `page` (whose `<html lang>` picks the language index). Pagefind's
 * search runs only in a browser, so the strategies below call into this page for each query.
 */
export async function openPagefind(page: Page, bundleUrl: string): Promise<void> {
  await page.evaluate(async (url) => {
    const api = await import(url);
    await api.options({ baseUrl: '/' });
    await api.init();
    window.__pagefind = api;
    window.__results = new Map();
  }, bundleUrl);
}

async function engineSearch(page: Page, query: string): Promise<{ id: string; score: number; item: string }[]> {
  return page.evaluate(async (q) => {
    const found = await window.__pagefind!.search(q);
    return found.results.map((result) => {
      window.__results!.set(result.id, result);
      return { id: result.id, score: result.score, item: result.id };
    });
  }, query);
}

async function urlsOf(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate((list) => Promise.all(list.map(async (id) => (await window.__results!.get(id)!.data()).url)), ids);
}

/** Pagefind as it comes: the query as typed, Pagefind's own ranking. */
export function plainStrategy(page: Page, top = 3): SearchStrategy {
  return async (query) => urlsOf(page, (await engineSearch(page, query)).slice(0, top).map((hit) => hit.id));
}

const lookupIndex = compileRecords(readErrorRecords(new URL('../../../content/errors', import.meta.url).pathname).records);

/**
 * Sapjil's search as its search box runs it: the lookup's known fixes first (for input worth
 * looking up), then full-text results for the same terms and relaxed ranking. Known fixes are
 * given as guide paths (`/<lang>/guides/<slug>/`) like the result URLs.
 */
export function sapjilStrategy(page: Page, top = 3): SearchStrategy {
  return async (query) => {
    const looked = worthLookingUp(query) ? lookupLog(lookupIndex, query) : undefined;
    const known = (looked?.matches ?? []).filter((match) => match.confidence !== 'low');
    const lookup = looksLikeErrorText(query) || known.length > 0 ? looked : undefined;
    const { hits } = await relaxedSearch(queryTerms(fullTextQuery(query, lookup)), (q) => engineSearch(page, q));
    const knownUrls = known.map((match) => `/known/guides/${match.guide}/`);
    return [...knownUrls, ...(await urlsOf(page, hits.slice(0, top).map((hit) => hit.id)))].slice(0, top);
  };
}

/** The guide slug of a result URL (`/ko/guides/<slug>/…`), if it is a guide. */
export function guideSlug(url: string): string | undefined {
  return /\/guides\/([^/?#]+)\//.exec(url)?.[1];
}
