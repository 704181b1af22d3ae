// Pagefind writes its index on one core per process, and splits it by page language anyway: so
// the site is indexed one language per process, side by side, and the bundles are joined. Each
// language's index files come out byte for byte as from one process; only the entry file, which
// lists the languages, is written from the parts (tests/unit/search/pagefind-split.test.ts).

/** The `pagefind-entry.json` of a bundle, as far as joining bundles needs it. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  [field: string]: unknown;
}

/**
 * The language whose Pagefind process indexes `file` (a `/`-separated path in the build output):
 * its language folder's, and the default language for every page outside them (`/`,
 * `/404.html`, `/errors/…`), which are in the default language or not indexed at all.
 */
export function pageLanguage(file: string, languages: readonly string[], defaultLanguage: string): string {
  if (!languages.includes(defaultLanguage)) throw new Error(`The default language "${defaultLanguage}" is not one of ${languages.join(', ')}`);
  const folder = file.split('/', 1)[0] ?? '';
  return file.includes('/') && languages.includes(folder) ? folder : defaultLanguage;
}

// Pagefind's glob syntax (the `wax` crate) gives these characters a meaning; a backslash makes them literal.
const GLOB_META = /[\\?*$:<>()[\]{},!]/g;

/** A Pagefind glob that matches exactly `files` (paths relative to the site folder), however they are named. */
export function filesGlob(files: readonly string[]): string {
  if (files.length === 0) throw new Error('No file to index');
  const escaped = files.map((file) => file.replace(GLOB_META, (c) => `\\${c}`));
  return escaped.length === 1 ? escaped[0]! : `{${escaped.join(',')}}`;
}

/**
 * The file Astro writes for a page's URL path (`build.format: 'directory'`, the default):
 * `/sapjil/ko/guides/x/` → `ko/guides/x/index.html`, `/404` → `404.html`. Undefined for a path
 * outside `base`.
 */
export function pageFile(pathname: string, base: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = `${pathname}/`.startsWith(prefix) ? pathname.slice(prefix.length) : undefined;
  if (path === undefined) return undefined;
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return `${path}.html`;
}

/**
 * The entry file for bundles written separately: the same version and settings, and every
 * language of each. A language indexed by two processes, or bundles of different Pagefind
 * versions or settings, are refused, as the joined bundle would be wrong.
 */
export function joinPagefindEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const [first] = entries;
  if (!first) throw new Error('No Pagefind bundle to join');
  const languages: Record<string, unknown> = {};
  for (const entry of entries) {
    const { languages: own, ...settings } = entry;
    const { languages: _, ...firstSettings } = first;
    if (JSON.stringify(settings) !== JSON.stringify(firstSettings)) {
      throw new Error(`Pagefind bundles differ in version or settings: ${JSON.stringify(firstSettings)} and ${JSON.stringify(settings)}`);
    }
    for (const [language, index] of Object.entries(own)) {
      if (language in languages) throw new Error(`Pages in "${language}" were indexed by two Pagefind processes; check the pages' <html lang>`);
      languages[language] = index;
    }
  }
  const sorted = Object.fromEntries(Object.keys(languages).sort().map((language) => [language, languages[language]]));
  // Field order as Pagefind writes it, so a one-language site gets Pagefind's own file back.
  return Object.fromEntries(Object.entries(first).map(([field, value]) => [field, field === 'languages' ? sorted : value])) as PagefindEntry;
}
