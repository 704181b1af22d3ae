// The part of Pagefind's browser API (pagefind.js, written by the build) that Sapjil uses.
// Its own types live in the pagefind_web_js package, which is not published to npm.

/** One sub-result: a heading section of a page. */
export interface PagefindSubResult {
  title: string;
  url: string;
  locations?: number[];
}

/** A result's data, loaded on demand. */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

/** One search result before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** Counts per filter value, e.g. `{ platform: { Docker: 12 } }`. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

/** The module `pagefind.js` exports. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<PagefindFilterCounts>;
}
