// The Pagefind worker indexes exactly the pages it is sent, in batches, and writes one bundle;
// file names that mean something in a glob are matched literally (filesGlob escapes them).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { filesGlob } from '../../../src/lib/search/pagefind-split.ts';
import type { PagefindJob, PagefindProgress, PagefindRequest } from '../../../src/node/pagefind-worker.ts';

const site = mkdtempSync(join(tmpdir(), 'sapjil-pagefind-worker-'));
after(() => rmSync(site, { recursive: true, force: true }));

const page = (file: string, words: string) => {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), `<!doctype html><html lang="en"><head><title>${words}</title></head><body><main data-pagefind-body><h1>${words}</h1><p>${words}</p></main></body></html>`);
};

/** Runs a worker through `requests`; resolves to what it reported. */
function runWorker(job: PagefindJob, requests: PagefindRequest[]): Promise<PagefindProgress[]> {
  const worker = new Worker(new URL('../../../src/node/pagefind-worker.ts', import.meta.url), { workerData: job });
  const seen: PagefindProgress[] = [];
  return new Promise((resolve, reject) => {
    worker.on('message', (progress: PagefindProgress) => seen.push(progress));
    worker.on('error', reject);
    worker.on('exit', () => resolve(seen));
    for (const request of requests) worker.postMessage(request);
  });
}

test('pages sent in batches are indexed once each, odd names included, and nothing else', async () => {
  page('en/plain/index.html', 'alpha');
  page('en/we{ird},[x]*/index.html', 'bravo');
  page('en/never-sent/index.html', 'charlie');
  const outputPath = join(site, 'pagefind.en.tmp');
  const progress = await runWorker({ outputPath, lowPriority: true }, [
    { step: 'add', site, glob: filesGlob(['en/plain/index.html']) },
    { step: 'add', site, glob: filesGlob(['en/we{ird},[x]*/index.html']) },
    { step: 'write' },
  ]);
  assert.deepEqual(progress, [{ step: 'read', pageCount: 2 }, { step: 'written' }]);
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  assert.equal(entry.languages.en?.page_count, 2);
});

test('a request Pagefind refuses fails the worker with the reason, and it stops', async () => {
  const progress = await runWorker({ outputPath: join(site, 'pagefind.bad.tmp'), lowPriority: false }, [
    { step: 'add', site, glob: '{en/plain/index.html' },
    { step: 'write' },
  ]);
  assert.equal(progress.length, 1);
  const [failure] = progress;
  assert.ok(failure?.step === 'failed' && /did not parse as a valid glob/.test(failure.message), JSON.stringify(failure));
});
