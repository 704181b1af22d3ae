import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { uiStringProblems } from '../i18n/index.ts';
import { checkFrontMatterDates } from '../lib/content/front-matter-dates.ts';
import { checkGuidePaths } from '../lib/content/guide-path.ts';

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

/**
 * Fails the build before any page renders when the content's shape is wrong: guide paths
 * (language folder, slug form, duplicate slugs), dates that do not exist, and incomplete UI string tables. Each
 * message names the file or key and what was expected.
 */
export function contentGuard(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'sapjil:content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems: string[] = [];
        const guidesDir = join(options.contentDir, 'guides');
        const files = listFiles(guidesDir);
        for (const p of checkGuidePaths(files)) {
          problems.push(`${join(guidesDir, p.file)}: ${p.message}`);
        }
        for (const file of files.filter((f) => /\.mdx?$/.test(f))) {
          for (const p of checkFrontMatterDates(readFileSync(join(guidesDir, file), 'utf8'))) {
            problems.push(`${join(guidesDir, file)}:${p.line}: ${p.message}`);
          }
        }
        for (const p of uiStringProblems()) {
          const file = `src/i18n/${p.lang}.ts`;
          if (p.missing.length) problems.push(`${file}: missing UI strings: ${p.missing.join(', ')}`);
          if (p.extra.length) problems.push(`${file}: UI strings not in src/i18n/en.ts: ${p.extra.join(', ')}`);
          if (p.empty.length) problems.push(`${file}: empty UI strings: ${p.empty.join(', ')}`);
        }
        if (problems.length) {
          for (const p of problems) logger.error(p);
          throw new Error(`Content check failed:\n  ${problems.join('\n  ')}`);
        }
      },
    },
  };
}
