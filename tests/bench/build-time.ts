// Build time and peak memory: Sapjil against Starlight, both building the same synthetic site
// (tests/bench/support/synthetic-site.ts: 1,000 guides × 2 languages mixed from the real ones) in
// the same run, each cold (fresh cache folder), each with its Pagefind step. Starlight runs twice:
// with its default settings (a sidebar listing every page, on every page) and with a small fixed
// sidebar. Goal: Sapjil ≤ 0.6× the time of default Starlight.
// Run: `node tests/bench/build-time.ts [--guides 1000] [--runs 1] [--keep]` (part of `npm run bench`).
// Starlight is installed on first use into tests/bench/starlight/ from its own lock file.
// Takes ~8 minutes for 1,000 guides; run nothing else that builds meanwhile (Astro keeps
// prerender chunks in the project's .astro/ whatever the output folder), and nothing else busy:
// the figures are wall-clock times.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { filesBelow } from '../../src/node/files-below.ts';
import { measureProcess, type Measured } from './support/measure-process.ts';
import { STARLIGHT_PROJECT, writeStarlightContent } from './support/starlight-site.ts';
import { writeSyntheticSite } from './support/synthetic-site.ts';

const { values } = parseArgs({
  options: { guides: { type: 'string', default: '1000' }, runs: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false } },
});
const guides = Number(values.guides);
const runs = Number(values.runs);
if (!Number.isInteger(guides) || guides < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('Usage: node tests/bench/build-time.ts [--guides 1000] [--runs 1] [--keep]');
  process.exit(2);
}

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const STARLIGHT = fileURLToPath(STARLIGHT_PROJECT);
const root = join(tmpdir(), `sapjil-build-time-${guides}`);
const content = join(root, 'content');
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
await writeSyntheticSite(content, { guides });
const firstGuide = readdirSync(join(content, 'guides', 'en')).sort()[0]?.replace(/\.mdx$/, '') ?? '';

if (!existsSync(join(STARLIGHT, 'node_modules', '@astrojs', 'starlight', 'package.json'))) {
  console.log('Installing Starlight for the comparison (tests/bench/starlight/package-lock.json)…');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: STARLIGHT, stdio: 'inherit' });
  if (install.status !== 0) process.exit(1);
}
const starlightVersion = (JSON.parse(readFileSync(join(STARLIGHT, 'node_modules', '@astrojs', 'starlight', 'package.json'), 'utf8')) as { version: string }).version;
writeStarlightContent(content);

/** One site build to measure: where it runs, how, and where its pages land. */
interface Setup {
  name: string;
  cwd: string;
  env: (run: string) => NodeJS.ProcessEnv;
  out: (run: string) => string;
}

const base = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const setups: Setup[] = [
  {
    name: 'Sapjil',
    cwd: REPO,
    out: (run) => join(root, run, 'dist-sapjil'),
    env: (run) => ({ ...base, SAPJIL_CONTENT_DIR: content, SAPJIL_OUT_DIR: join(root, run, 'dist-sapjil'), SAPJIL_CACHE_DIR: join(root, run, 'cache-sapjil') }),
  },
  ...(['default', 'small'] as const).map(
    (sidebar): Setup => ({
      name: sidebar === 'default' ? `Starlight ${starlightVersion}, defaults` : `Starlight ${starlightVersion}, small sidebar`,
      cwd: STARLIGHT,
      out: (run) => join(root, run, `dist-starlight-${sidebar}`),
      env: (run) => ({
        ...base,
        STARLIGHT_SIDEBAR: sidebar,
        STARLIGHT_FIRST_GUIDE: firstGuide,
        STARLIGHT_OUT_DIR: join(root, run, `dist-starlight-${sidebar}`),
        STARLIGHT_CACHE_DIR: join(root, run, `cache-starlight-${sidebar}`),
      }),
    }),
  ),
];

/** HTML files below `dir` and whether a Pagefind index was written there. */
function output(dir: string): { pages: number; pagefind: boolean } {
  return { pages: filesBelow(dir).filter((f) => f.endsWith('.html')).length, pagefind: existsSync(join(dir, 'pagefind', 'pagefind.js')) };
}

const results = new Map<string, Measured[]>(setups.map((s) => [s.name, []]));
const pages = new Map<string, number>();
for (let run = 0; run < runs; run++) {
  // Later runs rotate the order, so no setup always goes first (cold disk cache) or last.
  const order = setups.map((_, i) => setups[(i + run) % setups.length] as Setup);
  for (const setup of order) {
    const tag = `run-${run}`;
    mkdirSync(join(root, tag), { recursive: true });
    const logFile = join(root, tag, `${setup.out(tag).split('/').at(-1)}.log`);
    process.stdout.write(`  ${setup.name}: building… `);
    // Each project's own build command: Sapjil's sets Node's young generation size (package.json).
    const measured = await measureProcess('npm', ['run', '--silent', 'build'], {
      cwd: setup.cwd,
      env: setup.env(tag),
      logFile,
    });
    if (measured.status !== 0) {
      const tail = readFileSync(logFile, 'utf8').split('\n').filter((l) => /error/i.test(l)).slice(-20);
      console.error(`failed (exit ${measured.status}); see ${logFile}\n${tail.join('\n')}`);
      process.exit(1);
    }
    const built = output(setup.out(tag));
    if (!built.pagefind) {
      console.error(`no Pagefind index in ${setup.out(tag)}`);
      process.exit(1);
    }
    pages.set(setup.name, built.pages);
    results.get(setup.name)?.push(measured);
    console.log(`${(measured.ms / 1000).toFixed(1)} s (CPU ${measured.cpuMs === undefined ? 'n/a' : `${(measured.cpuMs / 1000).toFixed(1)} s`})`);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const gb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1024 ** 3).toFixed(1)} GB`);
const ours = median((results.get('Sapjil') ?? []).map((m) => m.ms));
console.log(`\n${guides} guides × 2 languages, cold builds with Pagefind, median of ${runs} run(s)`);
const cpu = (name: string) => {
  const measured = results.get(name) ?? [];
  return measured.some((m) => m.cpuMs === undefined) ? undefined : median(measured.map((m) => m.cpuMs ?? 0));
};
const oursCpu = cpu('Sapjil');
console.log(
  `  ${'setup'.padEnd(38)} ${'pages'.padStart(6)} ${'wall'.padStart(8)} ${'Sapjil ÷ this'.padStart(14)} ${'CPU'.padStart(8)} ${'Sapjil ÷ this'.padStart(14)} ${'peak memory'.padStart(12)}`,
);
for (const setup of setups) {
  const measured = results.get(setup.name) ?? [];
  const ms = median(measured.map((m) => m.ms));
  const cpuMs = cpu(setup.name);
  const peak = measured.some((m) => m.peakRssBytes === undefined) ? undefined : Math.max(...measured.map((m) => m.peakRssBytes ?? 0));
  const seconds = (x: number | undefined) => (x === undefined ? 'n/a' : `${(x / 1000).toFixed(1)} s`);
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? 'n/a' : `${(a / b).toFixed(2)}×`);
  console.log(
    `  ${setup.name.padEnd(38)} ${String(pages.get(setup.name)).padStart(6)} ${seconds(ms).padStart(8)} ${ratio(ours, ms).padStart(14)} ${seconds(cpuMs).padStart(8)} ${ratio(oursCpu, cpuMs).padStart(14)} ${gb(peak).padStart(12)}`,
  );
}
for (const setup of setups) {
  const runs = (results.get(setup.name) ?? []).map((m) => `${(m.ms / 1000).toFixed(1)} s`).join(', ');
  console.log(`  ${setup.name}: every run's wall time: ${runs}`);
}
// Machine speed drifts between builds on a shared VM; the ratio within one run (builds minutes
// apart) drifts less than medians taken over different runs.
const oursRuns = results.get('Sapjil') ?? [];
for (const setup of setups.slice(1)) {
  const perRun = (results.get(setup.name) ?? []).map((m, i) => (oursRuns[i]?.ms ?? NaN) / m.ms);
  console.log(`  Sapjil ÷ ${setup.name}, run by run: ${perRun.map((r) => `${r.toFixed(2)}×`).join(', ')} (median ${median(perRun).toFixed(2)}×)`);
}
console.log('  wall: median; CPU: user + system time of the build and everything it started (steadier on a shared machine)');
console.log('  peak memory: resident set of the build and every process it started, summed, sampled every 200 ms');
if (!values.keep) rmSync(root, { recursive: true, force: true });
