// Size of the lookup's JavaScript (engine + records, as the browser gets it), gzip, for the
// records we have and for ~50 records (the real ones topped up with synthetic ones of the same
// shape). Bundled with esbuild, minified, the way the worker ships. Not a test: a report.
// Run: `node tests/bench/bundle-size.ts` (part of `npm run bench`).
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { ErrorRecord } from '../../src/lib/lookup/types.ts';
import { readErrorRecords } from '../../src/node/read-error-records.ts';
import { syntheticRecords } from './synthetic-records.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const real = readErrorRecords(`${root}content/errors`).records;

/** Minified bytes and gzip bytes of `entry` with the records module replaced by `records`. */
async function bundle(entry: string, records: readonly ErrorRecord[], external: string[] = []) {
  const shipped = records.map((r) => ({ ...r, examples: [], counterExamples: [] }));
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    logLevel: 'silent',
    plugins: [
      {
        name: 'records',
        setup(b) {
          b.onResolve({ filter: /^virtual:sapjil\/error-records$/ }, () => ({ path: 'records', namespace: 'records' }));
          b.onLoad({ filter: /.*/, namespace: 'records' }, () => ({ contents: `export default ${JSON.stringify(shipped)}`, loader: 'js' }));
        },
      },
    ],
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const withLinks = (records: ErrorRecord[]): ErrorRecord[] =>
  records.map((r, i) => ({
    ...r,
    links: [{ url: `https://github.com/orgs/{owner}/settings/${i}`, label: { en: `Settings of {owner} (${r.message})`, ko: `{owner} 설정 (${r.message})` } }],
  }));
const fifty = [...real, ...withLinks(syntheticRecords(50 - real.length))];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const rows = [];
for (const [label, records] of [[`${real.length} real records`, real], ['~50 records', fifty]] as const) {
  const worker = await bundle('src/scripts/lookup-worker.ts', records);
  const element = await bundle('src/scripts/error-lookup.ts', []);
  rows.push({
    records: label,
    'worker (engine + records) gz': kb(worker.gzip),
    'page element gz': kb(element.gzip),
    'total gz': kb(worker.gzip + element.gzip),
    'goal': '≤ 40 KB',
    ok: worker.gzip + element.gzip <= 40 * 1024 ? 'ok' : 'OVER',
  });
}
console.log('Lookup JavaScript size (esbuild, minified, gzip -9); pages without the lookup load none of it.');
console.table(rows);

// Search: the launcher ships on every page; the panel loads when search is first opened, and
// Pagefind's own pagefind.js, its WASM and index chunks come after it (see search-scale.ts).
// The panel is a separate chunk the launcher imports on demand, as Vite splits it.
const launcher = await bundle('src/scripts/search-launcher.ts', [], ['./search-panel.ts']);
const panel = await bundle('src/scripts/search-panel.ts', []);
const highlight = await bundle('src/scripts/highlight-terms.ts', []);
console.log('Search JavaScript size (esbuild, minified, gzip -9), before Pagefind itself.');
console.table([
  { script: 'launcher (every page)', gz: kb(launcher.gzip) },
  { script: 'search panel (on first open)', gz: kb(panel.gzip) },
  { script: 'page highlight (only with ?highlight=)', gz: kb(highlight.gzip) },
]);
