// Time from paste to results in Chromium for a ~5 MB, 50,000-line log with buried errors, on
// the built site (`npm run build` first). The page's <sapjil-lookup> records the paste-to-render
// time and the worker's engine time itself; this drives a real clipboard paste and reads them.
// Run: `node tests/bench/lookup-browser.ts` (part of `npm run bench`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { noisyLog } from '../unit/lookup/fixtures/noisy-log.ts';
import { launchChromium } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(2);
}
const server = await serveStatic(dist);
const origin = server.origin;

const LINES = 50_000;
const log = noisyLog({
  lines: LINES,
  buried: [
    { at: LINES * 0.3, text: '#13 ERROR: failed to push ghcr.io/acme/site:latest: denied: permission_denied: write_package' },
    { at: LINES * 0.7, text: 'ERROR: failed to push ghcr.io/acme/api:1.2: denied: installation not allowed to Write organization package' },
  ],
});

const browser = await launchChromium();
const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
const page = await context.newPage();
const runs: { paste: number; engine: number; cards: number }[] = [];
for (let run = 0; run < 5; run++) {
  await page.goto(`${origin}/en/lookup/`, { waitUntil: 'networkidle' });
  await page.evaluate((text) => navigator.clipboard.writeText(text), log);
  await page.locator('textarea').focus();
  await page.keyboard.press('ControlOrMeta+V');
  await page.locator('sapjil-lookup[data-paste-to-result-ms]').waitFor({ timeout: 30_000 });
  const lookup = page.locator('sapjil-lookup');
  runs.push({
    paste: Number(await lookup.getAttribute('data-paste-to-result-ms')),
    engine: Number(await lookup.getAttribute('data-engine-ms')),
    cards: await page.locator('.lookup-card').count(),
  });
}
await browser.close();
await server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(`Chromium: paste of a ${(Buffer.byteLength(log) / 1e6).toFixed(1)} MB, ${LINES.toLocaleString('en')}-line log on /en/lookup/ (5 runs, fresh page each)`);
console.table([
  {
    'paste → results, median ms': median(runs.map((r) => r.paste)),
    'paste → results, max ms': Math.max(...runs.map((r) => r.paste)),
    'engine in worker, median ms': median(runs.map((r) => r.engine)),
    'result cards': runs[0]?.cards ?? 0,
    goal: '< 1000 ms',
  },
]);
