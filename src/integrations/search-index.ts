import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { joinPagefindEntries, languageGlobs, type PagefindEntry } from '../lib/search/pagefind-split.ts';
import { filesBelow } from '../node/files-below.ts';
import type { PagefindJob, PagefindProgress } from '../node/pagefind-worker.ts';

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
  read: Promise<number>;
  written: Promise<void>;
}

/** Starts a worker that indexes `job`; its promises settle as the worker reports. */
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
  return { language, outputPath: job.outputPath, read, written };
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

/**
 * Indexes the built site with Pagefind after every `astro build`, writing the bundle into the
 * output (never into `public/` or git). Pagefind splits the index by each page's `<html lang>`,
 * and reads only `data-pagefind-body` regions: the guide texts.
 *
 * Each language is indexed by its own Pagefind process (see src/lib/search/pagefind-split.ts).
 * `start` waits while they read the pages (on all cores), then lets them write their bundles
 * while the integrations placed between `start` and `finish` run; these may rewrite pages, as
 * nothing Pagefind has read can change by then. `finish` joins the bundles and fails the build
 * on any Pagefind error.
 */
export function searchIndex(): SearchIndexSteps {
  let languages: readonly string[] = [];
  let defaultLanguage = '';
  let writing: Promise<string> | undefined;
  const fail = (error: unknown) =>
    new Error(`Search index (Pagefind): ${error instanceof Error ? error.message : String(error)}`, { cause: error });

  /** Reads the pages; resolves once they are read, to the promise of the joined bundle. */
  const read = async (outDir: string): Promise<{ written: Promise<string> }> => {
    const started = performance.now();
    const bundleDir = join(outDir, SEARCH_BUNDLE_DIR);
    const topLevel = (await readdir(outDir, { withFileTypes: true }))
      .filter((e) => (e.isDirectory() && e.name !== SEARCH_BUNDLE_DIR && e.name !== '_astro') || (e.isFile() && e.name.endsWith('.html')))
      .map((e) => e.name);
    const globs = languageGlobs(topLevel, languages, defaultLanguage);
    const parts = [...globs].map(([language, glob]) =>
      indexLanguage(language, { site: outDir, glob, outputPath: join(outDir, `${SEARCH_BUNDLE_DIR}.${language}.tmp`) }),
    );
    const counts = await Promise.all(parts.map((part) => part.read));
    const pageCount = counts.reduce((a, b) => a + b, 0);
    // A layout that lost `data-pagefind-body` would otherwise ship a search that finds nothing.
    if (pageCount === 0) throw new Error('no page has data-pagefind-body, so search would find nothing');
    const written = Promise.all(parts.map((part) => part.written))
      .then(() => joinBundles(parts, bundleDir))
      .then(() => `indexed ${pageCount} pages (${parts.map((p, i) => `${p.language} ${counts[i]}`).join(', ')}) in ${Math.round(performance.now() - started)} ms`);
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
        },
        'astro:build:done': async ({ dir }) => {
          try {
            ({ written: writing } = await read(fileURLToPath(dir)));
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
