// Indexes one language's pages with Pagefind (see src/integrations/search-index.ts). Pagefind's
// Node API drives one Pagefind process per module instance, and that process writes an index on
// one core: each worker thread has its own instance, so each language gets its own process and
// the languages are written side by side.
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** What to index: pages under `site` matching `glob`, written to `outputPath`. */
export interface PagefindJob {
  site: string;
  glob: string;
  outputPath: string;
}

/** Progress a worker reports: its pages are read, its bundle is written, or it failed. */
export type PagefindProgress = { step: 'read'; pageCount: number } | { step: 'written' } | { step: 'failed'; message: string };

const job = workerData as PagefindJob;
const report = (progress: PagefindProgress) => parentPort?.postMessage(progress);

try {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; ') || 'Pagefind gave no index');
  const added = await index.addDirectory({ path: job.site, glob: job.glob });
  if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  report({ step: 'read', pageCount: added.page_count });
  const written = await index.writeFiles({ outputPath: job.outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  report({ step: 'written' });
} catch (error) {
  report({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
} finally {
  await pagefind.close();
}
