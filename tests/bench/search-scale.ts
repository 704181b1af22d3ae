// Search on a synthetic site of 1,000 guides × 2 languages (tests/bench/support/synthetic-site.ts,
// mixed from the real guides): bytes fetched for a first and a second query in each language and
// the time from the keystroke to the first result, Sapjil's search side by side with a plain
// Pagefind default setup (its bundled UI over an index of the same pages) in the same run.
// Also reports how Pagefind split each language's index into chunks.
// Run: `node tests/bench/search-scale.ts [--guides 1000] [--keep] [--reuse]` (part of `npm run bench`);
// `--keep` leaves the site in the temp folder and `--reuse` measures a kept one without rebuilding.
// The build takes minutes and ~7 GB of memory for 1,000 guides; run nothing else that builds
// meanwhile (Astro keeps prerender chunks in the project's .astro/ whatever the output folder).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { launchChromium } from './support/browser.ts';
import { buildPlainIndex, PLAIN_BUNDLE_DIR } from './support/pagefind-plain.ts';
import { serveStatic } from './support/static-server.ts';
import { writeSyntheticSite } from './support/synthetic-site.ts';

const { values } = parseArgs({
  options: { guides: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false }, reuse: { type: 'boolean', default: false } },
});
const guides = Number(values.guides);
const QUERIES = { ko: ['권한을', '캐시가'], en: ['permission denied', 'cache'] } as const;

const root = join(tmpdir(), `sapjil-search-scale-${guides}`);
const content = join(root, 'content');
const dist = join(root, 'dist');
if (!values.reuse || !existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  mkdirSync(content, { recursive: true });
  await writeSyntheticSite(content, { guides });

  console.log(`Building ${guides} guides × 2 languages…`);
  const started = performance.now();
  // Astro prints a multi-line warning per MDX file: far more than a pipe buffer, so to a file.
  const logFile = join(root, 'build.log');
  const log = openSync(logFile, 'w');
  const build = spawnSync('npx', ['astro', 'build'], {
    cwd: new URL('../..', import.meta.url),
    env: { ...process.env, SAPJIL_CONTENT_DIR: content, SAPJIL_OUT_DIR: dist, SAPJIL_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  if (build.status !== 0) {
    const lines = readFileSync(logFile, 'utf8').split('\n').filter((line) => /error|Error/.test(line) && !/WARN/.test(line));
    console.error(lines.slice(-40).join('\n'));
    process.exit(1);
  }
  console.log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s (Pagefind step included)`);
}
await buildPlainIndex(dist);

// Pagefind's own UI, as its docs set it up, over the plain index: the "default setup".
for (const lang of ['en', 'ko']) {
  mkdirSync(join(dist, 'plain-search', lang), { recursive: true });
  writeFileSync(
    join(dist, 'plain-search', lang, 'index.html'),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>plain</title>
<link href="/${PLAIN_BUNDLE_DIR}/pagefind-ui.css" rel="stylesheet"><script src="/${PLAIN_BUNDLE_DIR}/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search', bundlePath: '/${PLAIN_BUNDLE_DIR}/' }));</script></body></html>`,
  );
}

const chunkReport = (bundle: string) =>
  ['en', 'ko'].map((lang) => {
    const files = readdirSync(join(dist, bundle, 'index')).filter((f) => f.startsWith(`${lang}_`));
    const sizes = files.map((f) => statSync(join(dist, bundle, 'index', f)).size);
    return `${lang}: ${files.length} chunks, ${(Math.max(...sizes) / 1024).toFixed(0)} KB largest`;
  }).join('; ');
console.log(`  index chunks — Sapjil: ${chunkReport('pagefind')}; plain: ${chunkReport(PLAIN_BUNDLE_DIR)}`);

const server = await serveStatic(dist);
const gzipped = new Map<string, number>();
// What a host serving gzip would send: Pagefind's index files are gzip already, text assets compress.
const gzipBytes = (path: string) => {
  if (!gzipped.has(path)) {
    const body = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
    gzipped.set(path, /\.pf_|\.pagefind$/.test(path) ? body.length : gzipSync(body).length);
  }
  return gzipped.get(path) ?? 0;
};
const sentBytes = () => [...server.sent.keys()].reduce((sum, path) => sum + gzipBytes(path), 0);
const browser = await launchChromium();

/** Types a query and gives the ms from the input event to the first result in the DOM. */
async function timeToResult(page: Page, input: string, resultSelector: string, query: string): Promise<number> {
  await page.evaluate(
    ({ input, resultSelector }) => {
      const field = document.querySelector<HTMLInputElement>(input)!;
      const w = window as unknown as { __typed?: number | undefined; __first?: number | undefined };
      w.__typed = undefined;
      w.__first = undefined;
      field.addEventListener('input', () => (w.__typed ??= performance.now()), { once: true });
      // A result counts once the list was emptied and refilled after this input.
      const seen = new Set(document.querySelectorAll(resultSelector));
      const observer = new MutationObserver(() => {
        const first = document.querySelector(resultSelector);
        if (first && !seen.has(first) && w.__typed !== undefined) {
          w.__first = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    },
    { input, resultSelector },
  );
  await page.locator(input).fill(query);
  await page.waitForFunction(() => (window as unknown as { __first?: number }).__first !== undefined, undefined, { timeout: 20_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __typed: number; __first: number };
    return w.__first - w.__typed;
  });
}

interface Row {
  setup: string;
  lang: string;
  bytes: number[];
  ms: number[];
}
const rows: Row[] = [];
const firstGuide = readdirSync(join(content, 'guides', 'en'))[0]?.replace(/\.mdx$/, '');

for (const lang of ['ko', 'en'] as const) {
  const [q1 = '', q2 = ''] = QUERIES[lang];
  // Typed at once: the first query also waits for the engine the opening started to load.
  // Typed after a pause: the engine is ready, as when a reader takes a moment to type.
  for (const settle of [false, true]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/${lang}/guides/${firstGuide}/`, { waitUntil: 'networkidle' });
    server.sent.clear();
    await page.keyboard.press('/');
    const input = 'dialog[open] input[type=search]';
    await page.locator(input).waitFor();
    if (settle) await page.waitForLoadState('networkidle');
    const ms1 = await timeToResult(page, input, 'dialog[open] [data-search-results] > li', q1);
    await page.waitForLoadState('networkidle');
    const b1 = sentBytes();
    const ms2 = await timeToResult(page, input, 'dialog[open] [data-search-results] > li', q2);
    await page.waitForLoadState('networkidle');
    rows.push({ setup: settle ? 'Sapjil, paused' : 'Sapjil', lang, bytes: [b1, sentBytes() - b1], ms: [ms1, ms2] });
    await context.close();
  }
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    server.sent.clear();
    await page.goto(`${server.origin}/plain-search/${lang}/`, { waitUntil: 'networkidle' });
    const input = '.pagefind-ui__search-input';
    await page.locator(input).waitFor();
    const ms1 = await timeToResult(page, input, '.pagefind-ui__result', q1);
    await page.waitForLoadState('networkidle');
    // The page itself is not search; its UI script and styles are.
    const b1 = sentBytes() - gzipBytes(`/plain-search/${lang}/`);
    const ms2 = await timeToResult(page, input, '.pagefind-ui__result', q2);
    await page.waitForLoadState('networkidle');
    rows.push({ setup: 'plain Pagefind UI', lang, bytes: [b1, sentBytes() - gzipBytes(`/plain-search/${lang}/`) - b1], ms: [ms1, ms2] });
    await context.close();
  }
}
await browser.close();
await server.close();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\n${guides} guides × 2 languages; bytes as a gzip-serving host sends them; ms from the input event to the first result`);
console.log(`  ${'setup'.padEnd(18)} lang  ${'1st query'.padStart(10)} ${'ms'.padStart(6)}  ${'2nd query'.padStart(10)} ${'ms'.padStart(6)}`);
for (const row of rows) {
  console.log(`  ${row.setup.padEnd(18)} ${row.lang.padEnd(4)}  ${kb(row.bytes[0] ?? 0).padStart(10)} ${(row.ms[0] ?? 0).toFixed(0).padStart(6)}  ${kb(row.bytes[1] ?? 0).padStart(10)} ${(row.ms[1] ?? 0).toFixed(0).padStart(6)}`);
}
for (const lang of ['ko', 'en']) {
  const ours = rows.find((r) => r.setup === 'Sapjil' && r.lang === lang);
  const plain = rows.find((r) => r.setup === 'plain Pagefind UI' && r.lang === lang);
  if (ours && plain) {
    const ratio = (ours.bytes[0]! + ours.bytes[1]!) / (plain.bytes[0]! + plain.bytes[1]!);
    console.log(`  ${lang}: Sapjil fetches ${ratio.toFixed(2)}× the bytes of the plain setup for both queries`);
  }
}
if (!values.keep && !values.reuse) rmSync(root, { recursive: true, force: true });
