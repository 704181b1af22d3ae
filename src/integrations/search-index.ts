import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Where in the build output the search bundle goes (the pages load it from `<base>pagefind/`). */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** The two ends of the index step: `start` goes before the passes that rewrite pages, `finish` last. */
export interface SearchIndexSteps {
  start: AstroIntegration;
  finish: AstroIntegration;
}

/**
 * Indexes the built site with Pagefind's Node API after every `astro build`, writing the
 * bundle into the output (never into `public/` or git). Pagefind splits the index by each
 * page's `<html lang>`, and reads only `data-pagefind-body` regions: the guide texts.
 *
 * Pagefind runs in its own process. `start` waits while it reads every page (on all cores), then
 * lets it write the bundle (on one core) while the integrations placed between `start` and
 * `finish` run; these may rewrite pages, as nothing Pagefind has read can change by then.
 * `finish` waits for the bundle and fails the build on any Pagefind error.
 */
export function searchIndex(): SearchIndexSteps {
  let writing: Promise<string> | undefined;
  const fail = (error: unknown) =>
    new Error(`Search index (Pagefind): ${error instanceof Error ? error.message : String(error)}`, { cause: error });

  /** Reads the pages; resolves once they are read, to the promise of the written bundle. */
  const read = async (outDir: string): Promise<{ written: Promise<string> }> => {
    const started = performance.now();
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; ') || 'Pagefind gave no index');
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    // A layout that lost `data-pagefind-body` would otherwise ship a search that finds nothing.
    if (added.page_count === 0) throw new Error('no page has data-pagefind-body, so search would find nothing');
    const written = index.writeFiles({ outputPath: join(outDir, SEARCH_BUNDLE_DIR) }).then((result) => {
      if (result.errors.length > 0) throw new Error(result.errors.join('; '));
      return `indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`;
    });
    return { written };
  };

  return {
    start: {
      name: 'sapjil:search-index',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          try {
            ({ written: writing } = await read(fileURLToPath(dir)));
          } catch (error) {
            await pagefind.close();
            throw fail(error);
          }
          writing = writing.catch((error: unknown) => {
            throw fail(error);
          }).finally(() => pagefind.close());
          // Awaited by `finish`; this keeps a failure from surfacing as an unhandled rejection first.
          writing.catch(() => undefined);
        },
      },
    },
    finish: {
      name: 'sapjil:search-index-written',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!writing) throw new Error('Search index (Pagefind): the indexing step never started; put searchIndex().start before .finish');
          logger.info(await writing);
        },
      },
    },
  };
}
