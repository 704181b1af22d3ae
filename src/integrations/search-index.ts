import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { filesGlob, joinPagefindEntries, pageFile, pageLanguage, type PagefindEntry } from '../lib/search/pagefind-split.ts';
import { listenForPageRenders } from '../lib/site/page-render-signal.ts';
import { filesBelow } from '../node/files-below.ts';
import type { PagefindJob, PagefindProgress, PagefindRequest } from '../node/pagefind-worker.ts';

/** Where in the build output the search bundle goes (the pages load it from `<base>pagefind/`). */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** The two ends of the index step: `start` goes before the passes that rewrite pages, `finish` last. */
export interface SearchIndexSteps {
  start: AstroIntegration;
  finish: AstroIntegration;
}

/** One language's Pagefind process, seen from the build. */
interface LanguageIndex {
  language: string;
  outputPath: string;
  /** Pages written but not yet sent to Pagefind. */
  pending: string[];
  send: (request: PagefindRequest) => void;
  read: Promise<number>;
  written: Promise<void>;
}

/** Starts a worker for one language; its promises settle as the worker reports. */
function indexLanguage(language: string, job: PagefindJob): LanguageIndex {
  const worker = new Worker(new URL('../node/pagefind-worker.ts', import.meta.url), { workerData: job });
  let onRead!: (count: number) => void;
  let onWritten!: () => void;
  let onFailed!: (error: Error) => void;
  const failed = new Promise<never>((_, reject) => (onFailed = reject));
  const read = Promise.race([new Promise<number>((resolve) => (onRead = resolve)), failed]);
  const written = Promise.race([new Promise<void>((resolve) => (onWritten = resolve)), failed]);
  worker.on('message', (progress: PagefindProgress) => {
    if (progress.step === 'read') onRead(progress.pageCount);
    else if (progress.step === 'written') onWritten();
    else onFailed(new Error(`${language} pages: ${progress.message}`));
  });
  worker.on('error', (error: Error) => onFailed(new Error(`${language} pages: ${error.message}`, { cause: error })));
  worker.on('exit', (code) => onFailed(new Error(`${language} pages: the indexing worker stopped (exit code ${code})`)));
  // Whichever step awaits first sees a failure; none surfaces as an unhandled rejection.
  failed.catch(() => undefined);
  // Idle until the pages come, the worker must not keep a build that failed earlier alive.
  worker.unref();
  const send = (request: PagefindRequest) => {
    // Asked to write, the build waits on the worker: keep the process alive for it.
    if (request.step === 'write') worker.ref();
    worker.postMessage(request);
  };
  return { language, outputPath: job.outputPath, pending: [], send, read, written };
}

/**
 * Moves the languages' bundles into one, with one entry file listing every language. Files the
 * bundles share (Pagefind's scripts and styles) must be identical: anything else is a bug to see.
 */
async function joinBundles(parts: readonly LanguageIndex[], bundleDir: string): Promise<void> {
  const entries: PagefindEntry[] = [];
  await rm(bundleDir, { recursive: true, force: true });
  for (const part of parts) {
    entries.push(JSON.parse(await readFile(join(part.outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry);
    for (const file of filesBelow(part.outputPath)) {
      if (file === 'pagefind-entry.json') continue;
      const target = join(bundleDir, file);
      const existing = await readFile(target).catch(() => undefined);
      if (existing && !existing.equals(await readFile(join(part.outputPath, file)))) {
        throw new Error(`the ${part.language} bundle's ${file} differs from another language's`);
      }
      await mkdir(dirname(target), { recursive: true });
      await rename(join(part.outputPath, file), target);
    }
    await rm(part.outputPath, { recursive: true, force: true });
  }
  await writeFile(join(bundleDir, 'pagefind-entry.json'), JSON.stringify(joinPagefindEntries(entries)));
}

/** Pages sent to Pagefind at a time while rendering: few calls, and little left to read at the end. */
const BATCH_SIZE = 100;

/**
 * Indexes the built site with Pagefind after every `astro build`, writing the bundle into the
 * output (never into `public/` or git). Pagefind splits the index by each page's `<html lang>`,
 * and reads only `data-pagefind-body` regions: the guide texts.
 *
 * Each language is indexed by its own Pagefind process (see src/lib/search/pagefind-split.ts).
 * Astro renders pages one at a time on one core; as each page starts (src/middleware.ts signals
 * it, src/lib/site/page-render-signal.ts), the one before it is written, so Pagefind reads
 * finished pages in batches on the core the render leaves idle, at low priority. `start` (in
 * `astro:build:done`) sends what is left, any page the signal missed included, and lets the
 * processes write their bundles while the integrations placed between `start` and `finish`
 * run; these may rewrite pages, as nothing Pagefind has read can change by then. `finish`
 * joins the bundles and fails the build on any Pagefind error.
 */
export function searchIndex(): SearchIndexSteps {
  let languages: readonly string[] = [];
  let defaultLanguage = '';
  let base = '/';
  let outDir = '';
  let streaming = false;
  let parts = new Map<string, LanguageIndex>();
  const sent = new Set<string>();
  let rendering: string | undefined;
  let writing: Promise<string> | undefined;
  const fail = (error: unknown) =>
    new Error(`Search index (Pagefind): ${error instanceof Error ? error.message : String(error)}`, { cause: error });

  /** Sends one language's waiting pages to its Pagefind process. */
  const flush = (part: LanguageIndex) => {
    if (part.pending.length === 0) return;
    part.send({ step: 'add', site: outDir, glob: filesGlob(part.pending) });
    part.pending = [];
  };

  /** Queues a written page (a path in the output) for its language's Pagefind process. */
  const queue = (file: string) => {
    if (sent.has(file)) return;
    const part = parts.get(pageLanguage(file, languages, defaultLanguage));
    if (!part) return;
    sent.add(file);
    part.pending.push(file);
    if (part.pending.length >= BATCH_SIZE) flush(part);
  };

  /** A page starts rendering: the page before it is written (pages render one at a time). */
  const pageStarted = (pathname: string) => {
    const previous = rendering === undefined ? undefined : pageFile(rendering, base);
    rendering = pathname;
    if (previous !== undefined && existsSync(join(outDir, previous))) queue(previous);
  };

  /** Sends every page not sent yet and asks for the bundles; resolves once all pages are read. */
  const finishReading = async (): Promise<{ written: Promise<string> }> => {
    const started = performance.now();
    rendering = undefined;
    const bundleDir = join(outDir, SEARCH_BUNDLE_DIR);
    for (const file of filesBelow(outDir)) {
      if (file.endsWith('.html') && !file.startsWith(`${SEARCH_BUNDLE_DIR}/`) && !file.startsWith('_astro/')) queue(file);
    }
    for (const part of parts.values()) {
      flush(part);
      part.send({ step: 'write' });
    }
    const counts = await Promise.all([...parts.values()].map((part) => part.read));
    const pageCount = counts.reduce((a, b) => a + b, 0);
    // A layout that lost `data-pagefind-body` would otherwise ship a search that finds nothing.
    if (pageCount === 0) throw new Error('no page has data-pagefind-body, so search would find nothing');
    const list = [...parts.values()];
    const written = Promise.all(list.map((part) => part.written))
      .then(() => joinBundles(list, bundleDir))
      .then(() => `indexed ${pageCount} pages (${list.map((p, i) => `${p.language} ${counts[i]}`).join(', ')}); ${Math.round(performance.now() - started)} ms after the render`);
    return { written };
  };

  return {
    start: {
      name: 'sapjil:search-index',
      hooks: {
        'astro:config:done': ({ config }) => {
          // The languages Astro routes (src/lib/i18n/locales.ts): one Pagefind process each.
          languages = (config.i18n?.locales ?? ['en']).map((locale) => (typeof locale === 'string' ? locale : locale.path));
          defaultLanguage = config.i18n?.defaultLocale ?? languages[0] ?? 'en';
          base = config.base;
          outDir = fileURLToPath(config.outDir);
          // The signal tells which pages are written only when pages render one at a time.
          streaming = config.build.concurrency === 1 && config.build.format === 'directory';
        },
        'astro:build:start': () => {
          parts = new Map(
            languages.map((language) => [
              language,
              // Reading alongside the render must leave the render its core; at the end nothing waits.
              indexLanguage(language, { outputPath: join(outDir, `${SEARCH_BUNDLE_DIR}.${language}.tmp`), lowPriority: streaming }),
            ]),
          );
          if (streaming) listenForPageRenders(pageStarted);
        },
        'astro:build:done': async ({ dir }) => {
          listenForPageRenders(undefined);
          outDir = fileURLToPath(dir);
          try {
            ({ written: writing } = await finishReading());
          } catch (error) {
            throw fail(error);
          }
          writing = writing.catch((error: unknown) => {
            throw fail(error);
          });
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
