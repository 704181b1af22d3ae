// Accuracy report (not a test): `node tests/bench/accuracy.ts`. Always exits 0.
// Runs the lookup on (a) every record's own `examples` (the fixture set the records were tuned on)
// and (b) the held-out real logs in `tests/fixtures/eval/<label>/*.log` (see its SOURCES.md), each
// as pasted and buried in the middle of a ~5,000-line noisy log. A log's label is its folder: a known
// id (a record exists today), an id planned in issue 5 with no record yet, or `other`.
// - Known label: top-1 / top-3 accuracy, counting only `high`/`medium` matches as a claim (and again
//   with `low` included).
// - Any other label: false-claim rate, the share of logs for which the engine claims any record with
//   `high` or `medium` confidence (it has no guide for them, so any claim is wrong).
// Every miss and false claim is listed with the line the engine matched, to see which signature and
// which line weight caused it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileRecords, type LookupIndex } from '../../src/lib/lookup/compile-records.ts';
import { lookupLog } from '../../src/lib/lookup/lookup.ts';
import type { LookupMatch } from '../../src/lib/lookup/types.ts';
import { readErrorRecords } from '../../src/node/read-error-records.ts';
import { noisyLog } from '../unit/lookup/fixtures/noisy-log.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const RECORDS_DIR = join(ROOT, 'content', 'errors');
const EVAL_DIR = join(ROOT, 'tests', 'fixtures', 'eval');
/** Lines of the synthetic log each case is buried in (at its middle). */
const NOISY_LINES = 5000;

/** One log to look up, with the id it should get (or a label with no record). */
interface Case {
  /** Where it came from, for the report. */
  name: string;
  /** Known id, planned id or `other`. */
  label: string;
  text: string;
}

type Mode = 'as pasted' | 'buried';

/** What the engine answered for one case in one mode. */
interface Outcome {
  case: Case;
  mode: Mode;
  matches: LookupMatch[];
}

const isClaim = (m: LookupMatch): boolean => m.confidence === 'high' || m.confidence === 'medium';

/** Ids in rank order, claims only unless `withLow`. */
function ranked(outcome: Outcome, withLow: boolean): string[] {
  return outcome.matches.filter((m) => withLow || isClaim(m)).map((m) => m.id);
}

function fixtureCases(records: readonly { id: string; examples: string[] }[]): Case[] {
  return records.flatMap((record) =>
    record.examples.map((text, i) => ({ name: `${record.id} example #${i + 1}`, label: record.id, text })),
  );
}

function evalCases(): Case[] {
  if (!existsSync(EVAL_DIR)) return [];
  const cases: Case[] = [];
  for (const label of readdirSync(EVAL_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(EVAL_DIR, label)).filter((f) => f.endsWith('.log')).sort()) {
      const path = join(EVAL_DIR, label, file);
      cases.push({ name: relative(EVAL_DIR, path), label, text: readFileSync(path, 'utf8').replace(/\n$/, '') });
    }
  }
  return cases;
}

/** The case in the middle of a noisy log; the seed varies per case so no two share the same noise. */
function bury(text: string, seed: number): string {
  return noisyLog({ lines: NOISY_LINES, buried: [{ at: Math.floor(NOISY_LINES / 2), text }], seed });
}

function run(index: LookupIndex, cases: readonly Case[]): Outcome[] {
  return cases.flatMap((c, i) => [
    { case: c, mode: 'as pasted' as const, matches: lookupLog(index, c.text).matches },
    { case: c, mode: 'buried' as const, matches: lookupLog(index, bury(c.text, i + 1)).matches },
  ]);
}

/** The metrics of one column of the table. */
interface Column {
  title: string;
  known: number;
  top1: number;
  top3: number;
  top1Low: number;
  top3Low: number;
  unknown: number;
  falseClaims: number;
  anyLow: number;
}

function column(title: string, outcomes: readonly Outcome[], known: ReadonlySet<string>): Column {
  const pos = outcomes.filter((o) => known.has(o.case.label));
  const neg = outcomes.filter((o) => !known.has(o.case.label));
  const count = (list: readonly Outcome[], test: (o: Outcome) => boolean) => list.filter(test).length;
  return {
    title,
    known: pos.length,
    top1: count(pos, (o) => ranked(o, false)[0] === o.case.label),
    top3: count(pos, (o) => ranked(o, false).slice(0, 3).includes(o.case.label)),
    top1Low: count(pos, (o) => ranked(o, true)[0] === o.case.label),
    top3Low: count(pos, (o) => ranked(o, true).slice(0, 3).includes(o.case.label)),
    unknown: neg.length,
    falseClaims: count(neg, (o) => o.matches.some(isClaim)),
    anyLow: count(neg, (o) => o.matches.length > 0),
  };
}

function rate(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(0)}% (${part}/${whole})`;
}

function printTable(columns: readonly Column[]): void {
  const rows: [string, (c: Column) => string][] = [
    ['known-id logs', (c) => String(c.known)],
    ['top-1 (high/medium)', (c) => rate(c.top1, c.known)],
    ['top-3 (high/medium)', (c) => rate(c.top3, c.known)],
    ['top-1 (incl. low)', (c) => rate(c.top1Low, c.known)],
    ['top-3 (incl. low)', (c) => rate(c.top3Low, c.known)],
    ['other-label logs', (c) => String(c.unknown)],
    ['false claims (high/medium)', (c) => rate(c.falseClaims, c.unknown)],
    ['any match (incl. low)', (c) => rate(c.anyLow, c.unknown)],
  ];
  const cells = rows.map(([label, get]) => [label, ...columns.map(get)]);
  const header = ['', ...columns.map((c) => c.title)];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells) console.log(line(r));
}

function describe(m: LookupMatch): string {
  const hit = m.hits[0];
  const where = hit === undefined ? '' : ` — line ${hit.line}: ${JSON.stringify(hit.text.length > 150 ? `${hit.text.slice(0, 147)}...` : hit.text)}`;
  return `${m.id} ${m.confidence} ${m.score.toFixed(3)}${where}`;
}

function printMisses(title: string, outcomes: readonly Outcome[], known: ReadonlySet<string>): void {
  const misses = outcomes.filter((o) => known.has(o.case.label) && ranked(o, false)[0] !== o.case.label);
  const falseClaims = outcomes.filter((o) => !known.has(o.case.label) && o.matches.some(isClaim));
  console.log(`\n${title}: misses (${misses.length})`);
  for (const o of misses) {
    const got = o.matches.length === 0 ? 'nothing' : o.matches.slice(0, 3).map(describe).join('\n      ');
    console.log(`  - ${o.case.name} [${o.mode}]\n      ${got}`);
  }
  console.log(`${title}: false claims (${falseClaims.length})`);
  for (const o of falseClaims) {
    console.log(`  - ${o.case.name} [${o.mode}] (label ${o.case.label})\n      ${o.matches.filter(isClaim).map(describe).join('\n      ')}`);
  }
}

/** `owner/repo#n` for every GitHub issue or pull-request link in `text` (an issue and a pull request share numbers). */
function threads(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/github\.com\/([\w.-]+\/[\w.-]+)\/(?:issues|pull)\/(\d+)/gi)) found.add(`${m[1]?.toLowerCase()}#${m[2]}`);
  return found;
}

/** Every file under `dir` whose name passes `keep`. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(keep).map((f) => join(dir, f));
}

/**
 * Threads that are a source of both the held-out set and the engine's own records or fixtures: logs
 * from them are not held out. (Shared lines alone prove nothing: tools print fixed wording.)
 */
function sharedThreads(): string[] {
  const read = (files: string[]) => threads(files.map((f) => readFileSync(f, 'utf8')).join('\n'));
  const own = read([
    ...filesUnder(RECORDS_DIR, (f) => /\.ya?ml$/.test(f)),
    ...filesUnder(join(ROOT, 'tests', 'fixtures', 'logs'), (f) => f.endsWith('SOURCES.md')),
  ]);
  return [...read(filesUnder(EVAL_DIR, (f) => f === 'SOURCES.md'))].filter((t) => own.has(t)).sort();
}

function main(): void {
  const { records, problems } = readErrorRecords(RECORDS_DIR);
  for (const problem of problems) console.error(`skipped: ${problem}`);
  let index: LookupIndex;
  try {
    index = compileRecords(records);
  } catch (error) {
    console.error(`The records do not compile, nothing to measure:\n${(error as Error).message}`);
    return;
  }
  const known = new Set(records.map((r) => r.id));
  const fixtures = fixtureCases(records);
  const held = evalCases();

  const perLabel = new Map<string, number>();
  for (const c of held) perLabel.set(c.label, (perLabel.get(c.label) ?? 0) + 1);
  console.log(`Records: ${records.length} (${[...known].join(', ')})`);
  console.log(`Fixture set: ${fixtures.length} record examples. Held-out set: ${held.length} logs in ${perLabel.size} labels (tests/fixtures/eval/).`);
  console.log(
    `Held-out labels: ${[...perLabel].map(([label, n]) => `${label}${known.has(label) ? '*' : ''} ${n}`).join(', ')}  (* = known id)`,
  );
  const noise = lookupLog(index, noisyLog({ lines: NOISY_LINES })).matches;
  console.log(`Noise alone (${NOISY_LINES} lines, nothing buried): ${noise.length === 0 ? 'no match' : noise.map(describe).join('; ')}`);
  const shared = sharedThreads();
  if (shared.length > 0) console.log(`Warning: threads used by both the held-out set and the records or fixtures (not held out): ${shared.join(', ')}`);

  const fixtureOutcomes = run(index, fixtures);
  const heldOutcomes = run(index, held);
  const only = (outcomes: readonly Outcome[], mode: Mode) => outcomes.filter((o) => o.mode === mode);
  console.log('');
  printTable([
    column('fixtures, as pasted', only(fixtureOutcomes, 'as pasted'), known),
    column('fixtures, buried', only(fixtureOutcomes, 'buried'), known),
    column('held-out, as pasted', only(heldOutcomes, 'as pasted'), known),
    column('held-out, buried', only(heldOutcomes, 'buried'), known),
  ]);
  printMisses('Fixture set', fixtureOutcomes, known);
  printMisses('Held-out set', heldOutcomes, known);
}

try {
  main();
} catch (error) {
  // A report, not a test: say what broke and still exit 0.
  console.error(`accuracy report failed: ${(error as Error).stack ?? String(error)}`);
}
process.exitCode = 0;
