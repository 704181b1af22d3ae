// Time from paste to results in Chromium for a ~5 MB, 50,000-line log with buried errors, on
// the built site (`npm run build` first). The page's <sapjil-lookup> records the paste-to-render
// time and the worker's engine time itself; this drives a real clipboard paste and reads them.
// Run: `node tests/bench/lookup-browser.ts` (part of `npm run bench`).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { noisyLog } from '../unit/lookup/fixtures/noisy-log.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(2);
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml' };
// A minimal static server for dist/, so the bench needs nothing running beforehand.
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dist, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const LINES = 50_000;
const log = noisyLog({
  lines: LINES,
  buried: [
    { at: LINES * 0.3, text: '#13 ERROR: failed to push ghcr.io/acme/site:latest: denied: permission_denied: write_package' },
    { at: LINES * 0.7, text: 'ERROR: failed to push ghcr.io/acme/api:1.2: denied: installation not allowed to Write organization package' },
  ],
});

const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
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
server.close();

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
