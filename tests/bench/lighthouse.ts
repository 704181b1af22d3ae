// Lighthouse (performance, accessibility, best practices, SEO) on the home, guide, lookup and
// search pages of the built site, in both languages, with the system Chromium. Goal: 100 for
// accessibility, best practices and SEO, at least 95 for performance. Needs `npm run build`.
// Run: `node tests/bench/lighthouse.ts` (part of `npm run bench`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './support/static-server.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(2);
}
const server = await serveStatic(dist);
const chromePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

const PAGES = ['/en/', '/ko/', '/en/guides/ghcr-write-package-permission/', '/ko/guides/ghcr-write-package-permission/', '/en/lookup/', '/ko/search/?q=권한'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const rows: Record<string, string | number>[] = [];
const problems: string[] = [];
for (const path of PAGES) {
  // The mobile preset (Lighthouse's default): a mid-range phone on a throttled 4G connection.
  const result = await lighthouse(`${server.origin}${encodeURI(path)}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  const lhr = result?.lhr;
  if (!lhr) continue;
  const row: Record<string, string | number> = { page: path };
  for (const category of CATEGORIES) row[category] = Math.round((lhr.categories[category]?.score ?? 0) * 100);
  rows.push(row);
  for (const audit of Object.values(lhr.audits)) {
    if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') problems.push(`${path}: ${audit.id} — ${audit.title}`);
  }
}
await chrome.kill();
await server.close();

console.log('Lighthouse (mobile preset, system Chromium, local static server); goal: 100 / 100 / 100, performance ≥ 95');
console.table(rows);
if (problems.length > 0) console.log(`Failed audits:\n  ${problems.join('\n  ')}`);
