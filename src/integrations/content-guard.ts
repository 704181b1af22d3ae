import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { uiStringProblems } from '../i18n/index.ts';
import { checkErrorTargets } from '../lib/content/check-error-targets.ts';
import { checkFrontMatterDates } from '../lib/content/front-matter-dates.ts';
import { checkGuidePaths } from '../lib/content/guide-path.ts';
import { checkBuiltLinks } from '../node/check-built-links.ts';
import { checkRegexSafety } from '../node/check-regex-safety.ts';
import { readErrorRecords } from '../node/read-error-records.ts';
import { readGuideFiles } from '../node/read-guide-files.ts';

/** Every file below `dir`, as `/`-separated paths relative to it. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name.startsWith('.')) continue;
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

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

/** Error records: schema, file name = id, guide and anchor in every language, regexes proven safe. */
async function recordProblems(contentDir: string, cacheDir: string): Promise<string[]> {
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
  const unsafe = await checkRegexSafety(regexes.map((r) => r.source), join(cacheDir, 'sapjil-regex-safety.json'));
  for (const u of unsafe) {
    for (const r of regexes.filter((x) => x.source === u.source)) {
      problems.push(`${r.file}: ${r.field}: ${u.detail}${u.attack ? ` (attack: ${u.attack})` : ''}; rewrite it so recheck proves it safe`);
    }
  }
  return problems;
}

/**
 * Fails the build before any page renders when the content's shape is wrong: guide paths,
 * impossible dates, incomplete UI strings, and error records (schema, targets, regex safety);
 * and after the pages are written, when any internal link or `#id` in them leads nowhere.
 * Each message names the file and field (or page and line) and says what was expected.
 */
export function contentGuard(options: { contentDir: string }): AstroIntegration {
  let site = 'http://localhost/';
  let base = '/';
  return {
    name: 'sapjil:content-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = checkBuiltLinks(fileURLToPath(dir), { site, base });
        if (problems.length) {
          const lines = problems.map((p) => `${p.file}:${p.line}: link "${p.href}" ${p.message}`);
          for (const line of lines) logger.error(line);
          throw new Error(`Link check failed (${problems.length} broken):\n  ${lines.join('\n  ')}`);
        }
      },
      'astro:config:setup': async ({ config, logger }) => {
        const cacheDir = new URL(config.cacheDir).pathname;
        const problems = [...guideProblems(options.contentDir), ...stringProblems(), ...(await recordProblems(options.contentDir, cacheDir))];
        if (problems.length) {
          for (const p of problems) logger.error(p);
          throw new Error(`Content check failed:\n  ${problems.join('\n  ')}`);
        }
      },
    },
  };
}
