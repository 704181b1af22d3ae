import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { uiStringProblems } from '../i18n/index.ts';
import { checkErrorTargets } from '../lib/content/check-error-targets.ts';
import { checkFrontMatterDates } from '../lib/content/front-matter-dates.ts';
import { checkGuidePaths } from '../lib/content/guide-path.ts';
import { checkRegexSafety } from '../node/check-regex-safety.ts';
import { filesBelow } from '../node/files-below.ts';
import { readErrorRecords } from '../node/read-error-records.ts';
import { readGuideFiles } from '../node/read-guide-files.ts';
import { failOn } from './fail-on.ts';

/** Every file below `dir` but hidden ones (`.DS_Store`, editor folders), as `/`-separated relative paths. */
const listFiles = (dir: string) => filesBelow(dir).filter((path) => !path.split('/').some((part) => part.startsWith('.')));

/** Guide paths and front matter dates (the schema sees dates only after YAML has rolled them over). */
function guideProblems(contentDir: string): string[] {
  const problems: string[] = [];
  const guidesDir = join(contentDir, 'guides');
  const files = listFiles(guidesDir);
  for (const p of checkGuidePaths(files)) problems.push(`${join(guidesDir, p.file)}: ${p.message}`);
  for (const file of files.filter((f) => /\.mdx?$/.test(f))) {
    for (const p of checkFrontMatterDates(readFileSync(join(guidesDir, file), 'utf8'))) {
      problems.push(`${join(guidesDir, file)}:${p.line}: ${p.message}`);
    }
  }
  return problems;
}

/** UI string tables that lack, add or leave empty a key of the English reference. */
function stringProblems(): string[] {
  return uiStringProblems().flatMap((p) => {
    const file = `src/i18n/${p.lang}.ts`;
    return [
      ...(p.missing.length ? [`${file}: missing UI strings: ${p.missing.join(', ')}`] : []),
      ...(p.extra.length ? [`${file}: UI strings not in src/i18n/en.ts: ${p.extra.join(', ')}`] : []),
      ...(p.empty.length ? [`${file}: empty UI strings: ${p.empty.join(', ')}`] : []),
    ];
  });
}

/** A regex that recheck must prove safe, and where it is written. */
interface RecordRegex {
  file: string | undefined;
  field: string;
  source: string;
}

/** Error records: schema, file name = id, guide and anchor in every language; and the regexes to prove safe. */
function recordProblems(contentDir: string): { problems: string[]; regexes: RecordRegex[] } {
  const errorsDir = join(contentDir, 'errors');
  const { records, files, problems } = readErrorRecords(errorsDir);
  // Drafts count as targets: a record may be written alongside its draft guide; it ships only
  // once the guide is published (see publishedRecords).
  const guides = readGuideFiles(contentDir);
  for (const p of checkErrorTargets(records, guides)) {
    problems.push(`${files[records.findIndex((r) => r.id === p.id)]}: ${p.field}: ${p.message}`);
  }
  const regexes = records.flatMap((r, i) =>
    r.signatures.flatMap((s, j) => (s.regex === undefined ? [] : [{ file: files[i], field: `signatures.${j}.regex`, source: s.regex }])),
  );
  return { problems, regexes };
}

/** The regexes recheck could not prove safe, as messages naming file and field. */
async function regexProblems(regexes: readonly RecordRegex[], cacheDir: string): Promise<string[]> {
  const unsafe = await checkRegexSafety(regexes.map((r) => r.source), join(cacheDir, 'sapjil-regex-safety.json'));
  return unsafe.flatMap((u) =>
    regexes
      .filter((x) => x.source === u.source)
      .map((r) => `${r.file}: ${r.field}: ${u.detail}${u.attack ? ` (attack: ${u.attack})` : ''}; rewrite it so recheck proves it safe`),
  );
}

/**
 * Fails the build before any page renders when the content's shape is wrong: guide paths,
 * impossible dates, incomplete UI strings, and error records (schema, targets); and once the
 * pages are written, when a signature regex is not proven safe (the proofs run alongside the
 * build: ~0.5 s each when not cached). Each message names the file and field and says what
 * was expected. (Links in the written pages are checked by builtLinks.)
 */
export function contentGuard(options: { contentDir: string }): AstroIntegration {
  let regexCheck: Promise<string[]> | undefined;
  return {
    name: 'sapjil:content-guard',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        failOn((await regexCheck) ?? [], 'Regex safety check', logger);
      },
      'astro:config:setup': async ({ command, config, logger }) => {
        const cacheDir = new URL(config.cacheDir).pathname;
        const records = recordProblems(options.contentDir);
        failOn([...guideProblems(options.contentDir), ...stringProblems(), ...records.problems], 'Content check', logger);
        const check = regexProblems(records.regexes, cacheDir);
        if (command === 'build') {
          // Proven while Vite bundles (recheck runs in its own process) and awaited at the end.
          regexCheck = check;
          check.catch(() => undefined);
        } else {
          failOn(await check, 'Regex safety check', logger);
        }
      },
    },
  };
}
