import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInternalLinks, pageAnchors, type LinkProblem, type PageAnchors } from '../lib/content/internal-links.ts';
import { filesBelow } from './files-below.ts';

/** Checks every internal link and `#id` in a built site folder (see src/lib/content/internal-links.ts). */
export function checkBuiltLinks(outDir: string, options: { site: string; base: string }): LinkProblem[] {
  const files = new Set(filesBelow(outDir));
  const pages = new Map<string, PageAnchors>();
  for (const file of files) if (file.endsWith('.html')) pages.set(file, pageAnchors(readFileSync(join(outDir, file), 'utf8')));
  return checkInternalLinks(pages, files, options);
}
