#!/usr/bin/env node
// `sapjil lookup [--json] [--format text|markdown] [--lang en|ko] [--base-url URL] [FILE ...]`
// Finds known CI/CD errors in logs and prints the guide that fixes each. Runs from a checkout
// (Node ≥ 22.12 runs this TypeScript directly), reading content/ — no site build needed.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { uiStrings } from '../i18n/index.ts';
import { format } from '../lib/i18n/check-strings.ts';
import { isLocale, type Locale } from '../lib/i18n/locales.ts';
import { compileRecords } from '../lib/lookup/compile-records.ts';
import { lookupLog } from '../lib/lookup/lookup.ts';
import { describeMatches, type GuideTitles } from '../lib/report/describe-matches.ts';
import { formatJson, formatMarkdown, formatText, type InputReport, type ReportLabels } from '../lib/report/format-report.ts';
import { publishedRecords, readErrorRecords } from '../node/read-error-records.ts';
import { readGuideFiles } from '../node/read-guide-files.ts';
import { readTail, type Tail } from './read-tail.ts';

const USAGE = `Usage: sapjil lookup [options] [FILE ...]

Finds known CI/CD errors in log files (or standard input when no FILE or "-" is given)
and prints the Sapjil guide section that fixes each, best match first.

Options:
  --json                one JSON object per input, one per line
  --format text|markdown  text for terminals (default); markdown for $GITHUB_STEP_SUMMARY
  --lang en|ko          language of guide titles and links (default: en)
  --base-url URL        site the links point to (default: $SAPJIL_SITE or https://sapjil.dev)
  -h, --help            show this help

Exit status: 0 when the lookup ran (whether or not anything matched); 2 on bad usage or an
unreadable file.`;

/** Bytes of each input examined: the engine reads at most this much of a log's tail anyway. */
const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/** A usage or input problem: printed to standard error, exit status 2 (with the usage text if asked). */
class UsageError extends Error {
  readonly showUsage: boolean;
  constructor(message: string, showUsage = true) {
    super(message);
    this.showUsage = showUsage;
  }
}

interface Options {
  json: boolean;
  format: 'text' | 'markdown';
  lang: Locale;
  baseUrl: string;
  files: string[];
}

function parseOptions(argv: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        lang: { type: 'string', default: 'en' },
        'base-url': { type: 'string', default: process.env['SAPJIL_SITE'] ?? 'https://sapjil.dev' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [command, ...files] = positionals;
  if (command !== 'lookup') throw new UsageError(command ? `unknown command "${command}"` : 'missing command "lookup"');
  if (values.format !== 'text' && values.format !== 'markdown') throw new UsageError(`--format must be text or markdown, not "${values.format}"`);
  if (!isLocale(values.lang)) throw new UsageError(`--lang must be en or ko, not "${values.lang}"`);
  let baseUrl: URL;
  try {
    baseUrl = new URL(values['base-url']);
  } catch {
    throw new UsageError(`--base-url must be an absolute URL, not "${values['base-url']}"`);
  }
  if (baseUrl.protocol !== 'https:' && baseUrl.protocol !== 'http:') throw new UsageError('--base-url must be an http(s) URL');
  return { json: values.json, format: values.format, lang: values.lang, baseUrl: baseUrl.href, files: files.length ? files : ['-'] };
}

/** Checks every file up front, so a typo in the third name does not come after two reports. */
function checkReadable(files: readonly string[]): void {
  for (const file of files) {
    if (file === '-') continue;
    if (!existsSync(file)) throw new UsageError(`cannot read "${file}": no such file`, false);
    if (statSync(file).isDirectory()) throw new UsageError(`cannot read "${file}": it is a directory`, false);
  }
}

async function readInput(file: string): Promise<Tail> {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  try {
    return await readTail(stream, MAX_INPUT_BYTES);
  } catch (error) {
    throw new UsageError(`cannot read "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, false);
  }
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  checkReadable(options.files);
  const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
  const read = readErrorRecords(`${contentDir}/errors`);
  if (read.problems.length > 0) throw new UsageError(`the error records are invalid:\n  ${read.problems.join('\n  ')}`, false);
  const guides = readGuideFiles(contentDir);
  // The same records the site ships: those whose guide is published.
  const records = publishedRecords(read.records, guides);
  const index = compileRecords(records);
  const titles: Record<string, Partial<Record<Locale, string>>> = {};
  for (const guide of guides) if (!guide.draft) (titles[guide.slug] ??= {})[guide.lang] = guide.title;

  const t = uiStrings[options.lang];
  const labels: ReportLabels = {
    noMatch: t['cli.noMatch'],
    line: t['lookup.line'],
    lineHeader: t['cli.lineHeader'],
    errorHeader: t['cli.errorHeader'],
    fix: t['cli.fix'],
    confidence: { high: t['lookup.confidence.high'], medium: t['lookup.confidence.medium'], low: t['lookup.confidence.low'] },
  };
  const blocks: string[] = [];
  for (const file of options.files) {
    const tail = await readInput(file);
    const result = lookupLog(index, tail.text);
    const report: InputReport = {
      file,
      matches: describeMatches(result, records, titles as GuideTitles, { lang: options.lang, baseUrl: options.baseUrl, lineOffset: tail.skippedLines }),
      note: tail.skippedBytes > 0 || result.tooLarge ? format(t['cli.tail'], { size: '8 MB' }) : undefined,
    };
    if (options.json) process.stdout.write(`${formatJson(report)}\n`);
    else blocks.push(options.format === 'markdown' ? formatMarkdown(report, labels) : formatText(report, labels));
  }
  if (!options.json) process.stdout.write(`${blocks.join('\n\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`sapjil: ${error.message}\n${error.showUsage ? `\n${USAGE}\n` : ''}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`sapjil: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
