// Indexes one language's pages with Pagefind (see src/integrations/search-index.ts). Pagefind's
// Node API drives one Pagefind process per module instance, and that process writes an index on
// one core: each worker thread has its own instance, so each language gets its own process and
// the languages are written side by side.
//
// Pages arrive in batches while Astro is still rendering (each batch: pages already written),
// so Pagefind reads them on the core the single-threaded render leaves idle; the bundle is
// written once the build says every page is in.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** How the worker runs: where the bundle goes, and whether Pagefind may only use idle CPU. */
export interface PagefindJob {
  outputPath: string;
  lowPriority: boolean;
}

/** A request to the worker: index the pages under `site` matching `glob`, or write the bundle. */
export type PagefindRequest = { step: 'add'; site: string; glob: string } | { step: 'write' };

/** Progress a worker reports: its pages are read, its bundle is written, or it failed. */
export type PagefindProgress = { step: 'read'; pageCount: number } | { step: 'written' } | { step: 'failed'; message: string };

const job = workerData as PagefindJob;
const report = (progress: PagefindProgress) => parentPort?.postMessage(progress);

// On Linux a priority set with pid 0 is the calling thread's, and the Pagefind process this
// thread spawns inherits it: it then reads pages only with CPU the render does not want.
if (job.lowPriority) {
  try {
    setPriority(19);
  } catch {
    // Not allowed here (some containers): Pagefind runs at normal priority, only slower to leave room.
  }
}

const created = pagefind.createIndex({});
let pageCount = 0;
let queue: Promise<void> = Promise.resolve();
let failed = false;

/** Runs requests one after another; the first failure is reported and stops the rest. */
function enqueue(work: (index: pagefind.PagefindIndex) => Promise<void>): void {
  queue = queue.then(async () => {
    if (failed) return;
    try {
      const { index, errors } = await created;
      if (!index) throw new Error(errors.join('; ') || 'Pagefind gave no index');
      await work(index);
    } catch (error) {
      failed = true;
      report({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
      await pagefind.close();
      parentPort?.close();
    }
  });
}

parentPort?.on('message', (request: PagefindRequest) => {
  if (request.step === 'add') {
    enqueue(async (index) => {
      const added = await index.addDirectory({ path: request.site, glob: request.glob });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      pageCount += added.page_count;
    });
  } else {
    enqueue(async (index) => {
      report({ step: 'read', pageCount });
      const written = await index.writeFiles({ outputPath: job.outputPath });
      if (written.errors.length > 0) throw new Error(written.errors.join('; '));
      report({ step: 'written' });
      await pagefind.close();
      parentPort?.close();
    });
  }
});
