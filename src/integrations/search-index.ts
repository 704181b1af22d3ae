import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Where in the build output the search bundle goes (the pages load it from `<base>pagefind/`). */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** The two ends of the index step: `start` goes right after the last pass that rewrites pages, `finish` last. */
export interface SearchIndexSteps {
  start: AstroIntegration;
  finish: AstroIntegration;
}

/**
 * Indexes the built site with Pagefind's Node API after every `astro build`, writing the
 * bundle into the output (never into `public/` or git). Pagefind splits the index by each
 * page's `<html lang>`, and reads only `data-pagefind-body` regions: the guide texts.
 * Pagefind runs in its own process, so the integrations placed between `start` and `finish`
 * (which only read the pages) run while it indexes; `finish` waits for it and fails the build
 * on any Pagefind error.
 */
export function searchIndex(): SearchIndexSteps {
  let indexing: Promise<string> | undefined;
  const run = async (outDir: string): Promise<string> => {
    const started = performance.now();
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(errors.join('; ') || 'Pagefind gave no index');
      const added = await index.addDirectory({ path: outDir });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      // A layout that lost `data-pagefind-body` would otherwise ship a search that finds nothing.
      if (added.page_count === 0) throw new Error('no page has data-pagefind-body, so search would find nothing');
      const written = await index.writeFiles({ outputPath: join(outDir, SEARCH_BUNDLE_DIR) });
      if (written.errors.length > 0) throw new Error(written.errors.join('; '));
      return `indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`;
    } catch (error) {
      throw new Error(`Search index (Pagefind): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    } finally {
      await pagefind.close();
    }
  };
  return {
    start: {
      name: 'sapjil:search-index',
      hooks: {
        'astro:build:done': ({ dir }) => {
          indexing = run(fileURLToPath(dir));
          // Awaited by `finish`; this keeps a failure from surfacing as an unhandled rejection first.
          indexing.catch(() => undefined);
        },
      },
    },
    finish: {
      name: 'sapjil:search-index-written',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!indexing) throw new Error('Search index (Pagefind): the indexing step never started; put searchIndex().start before .finish');
          logger.info(await indexing);
        },
      },
    },
  };
}
