// The Starlight copy of a synthetic Sapjil site (tests/bench/support/synthetic-site.ts), for the
// build-time bench: the same guide bodies in Starlight's `docs` collection, one folder per
// language, so its pages land on the same URLs (/en/guides/<slug>/, /ko/guides/<slug>/).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** The Starlight project the bench builds (its own package.json and lock file). */
export const STARLIGHT_PROJECT = new URL('../starlight/', import.meta.url);

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
// Sapjil's explicit heading ids (`## Causes \{#causes}`) are its own remark plugin's syntax;
// Starlight would print them as text, and gives headings its own slugs instead.
const HEADING_ID = /^(#{1,6} .*?)\s*\\\{#[a-z0-9-]+\}\s*$/gm;

/**
 * Turns one Sapjil guide file into a Starlight page: front matter cut to what Starlight's schema
 * knows (title, description; its schema rejects Sapjil's own fields), explicit heading ids
 * dropped, the body otherwise unchanged. Throws on a file without front matter.
 */
export function toStarlightPage(text: string, file: string): string {
  const match = FRONT_MATTER.exec(text);
  if (!match?.[1]) throw new Error(`${file}: no front matter`);
  const data = parse(match[1]) as Record<string, unknown>;
  const front = stringify({ title: data['title'], description: data['description'] }).trimEnd();
  return `---\n${front}\n---\n${text.slice(match[0].length).replace(HEADING_ID, '$1')}`;
}

/**
 * Writes the guides of synthetic site `contentDir` into the Starlight project's
 * `src/content/docs/{en,ko}/guides/`, plus a start page per language, replacing what an earlier
 * run left there. Returns the number of pages written.
 */
export function writeStarlightContent(contentDir: string): number {
  const docs = new URL('src/content/docs/', STARLIGHT_PROJECT);
  rmSync(docs, { recursive: true, force: true });
  let pages = 0;
  for (const lang of ['en', 'ko']) {
    const from = join(contentDir, 'guides', lang);
    if (!existsSync(from)) throw new Error(`${from}: no guides (write a synthetic site there first)`);
    const to = new URL(`${lang}/guides/`, docs);
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from).filter((n) => n.endsWith('.mdx')).sort()) {
      writeFileSync(new URL(name, to), toStarlightPage(readFileSync(join(from, name), 'utf8'), join(from, name)));
      pages++;
    }
    const title = lang === 'ko' ? '삽질' : 'Sapjil';
    writeFileSync(new URL(`${lang}/index.mdx`, docs), `---\ntitle: ${title}\n---\n\n${lang === 'ko' ? 'CI/CD 오류 해결 가이드' : 'Fix guides for CI/CD errors'}.\n`);
    pages++;
  }
  return pages;
}
