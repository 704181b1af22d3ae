// `npm start`: build the site if the output is missing or older than its sources, then serve
// the production output on localhost. Node runs this file directly (type stripping).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.env['SAPJIL_OUT_DIR'] ?? 'dist';
const sources = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

/** Newest modification time below `path` (files and folders). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

const builtAt = existsSync(join(outDir, 'index.html')) ? statSync(join(outDir, 'index.html')).mtimeMs : 0;
const changedAt = Math.max(...sources.map(newest));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
if (builtAt < changedAt) {
  console.log(builtAt === 0 ? 'No build yet: building the site…' : 'Sources changed since the last build: rebuilding…');
  const build = spawnSync(npx, ['astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  console.log(`Serving the existing build in ${outDir}/ (up to date).`);
}
const port = process.env['PORT'] ?? '4321';
const preview = spawnSync(npx, ['astro', 'preview', '--host', '127.0.0.1', '--port', port], { stdio: 'inherit' });
process.exit(preview.status ?? 0);
