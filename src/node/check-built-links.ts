import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkInternalLinks, pageAnchors, type LinkProblem, type PageAnchors } from '../lib/content/internal-links.ts';

/** Checks every internal link and `#id` in a built site folder (see src/lib/content/internal-links.ts). */
export function checkBuiltLinks(outDir: string, options: { site: string; base: string }): LinkProblem[] {
  const files = new Set<string>();
  const pages = new Map<string, PageAnchors>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const file = relative(outDir, full).split('\\').join('/');
        files.add(file);
        if (file.endsWith('.html')) pages.set(file, pageAnchors(readFileSync(full, 'utf8')));
      }
    }
  };
  walk(outDir);
  return checkInternalLinks(pages, files, options);
}
