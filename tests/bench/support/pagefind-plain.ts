import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Where the plain comparison index goes inside a build. */
export const PLAIN_BUNDLE_DIR = 'pagefind-plain';

/**
 * Indexes a built site as a plain Pagefind setup would: the same pages, without what Sapjil
 * adds for search (the hidden `[data-search-extras]` block). Written beside Sapjil's bundle.
 */
export async function buildPlainIndex(dist: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['[data-search-extras]'] });
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: dist });
    const written = await index.writeFiles({ outputPath: join(dist, PLAIN_BUNDLE_DIR) });
    const problems = [...added.errors, ...written.errors];
    if (problems.length > 0) throw new Error(problems.join('; '));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
