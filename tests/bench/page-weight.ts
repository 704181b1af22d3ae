// Page weight of built pages: HTML plus the CSS and JS files each page loads, raw and gzip.
// Run after `npm run build`: `node tests/bench/page-weight.ts [dist]`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const pages = {
  'home (en)': 'en/index.html',
  'home (ko)': 'ko/index.html',
  'guide (en)': 'en/guides/ghcr-write-package-permission/index.html',
  'guide (ko)': 'ko/guides/ghcr-write-package-permission/index.html',
  'tag page (en)': 'en/tags/docker/index.html',
  '404': '404.html',
};

const size = (bytes: Buffer) => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}/: run \`npm run build\` first.`);
  process.exit(2);
}

const rows = [];
for (const [name, file] of Object.entries(pages)) {
  const html = readFileSync(join(dist, file));
  const text = html.toString('utf8');
  const assets = (kind: 'css' | 'js') => {
    const pattern = kind === 'css' ? /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g : /<script[^>]+src="([^"]+)"/g;
    return [...text.matchAll(pattern)].map((m) => readFileSync(join(dist, (m[1] ?? '').replace(/^\/+/, ''))));
  };
  const inlineJs = Buffer.from([...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n'));
  const css = assets('css').map(size);
  const js = [...assets('js'), inlineJs].map(size);
  const sum = (list: { raw: number; gzip: number }[]) => list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const h = size(html);
  const c = sum(css);
  const j = sum(js);
  rows.push({
    page: name,
    'HTML gz': kb(h.gzip),
    'CSS gz': kb(c.gzip),
    'JS gz (incl. inline)': kb(j.gzip),
    'total gz': kb(h.gzip + c.gzip + j.gzip),
    'total raw': kb(h.raw + c.raw + j.raw),
  });
}
console.table(rows);
