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

// Top-level names become glob alternatives; anything else would need escaping in Pagefind's globs.
const PLAIN_NAME = /^[\w.-]+$/;

/**
 * For each language, the glob of the pages one Pagefind process indexes: the language's folder,
 * and for the default language also every page outside the language folders (`/`, `/404.html`,
 * `/errors/…`), which are in the default language or not indexed at all. `topLevelNames` are the
 * site's top-level folders and `.html` files.
 */
export function languageGlobs(topLevelNames: readonly string[], languages: readonly string[], defaultLanguage: string): Map<string, string> {
  if (!languages.includes(defaultLanguage)) throw new Error(`The default language "${defaultLanguage}" is not one of ${languages.join(', ')}`);
  const others = topLevelNames.filter((name) => !languages.includes(name)).sort();
  const unsafe = others.find((name) => !PLAIN_NAME.test(name));
  if (unsafe !== undefined) throw new Error(`Cannot index "${unsafe}" by language: a top-level name must be letters, digits, "_", "." or "-"`);
  return new Map(
    languages.map((language) => {
      if (language !== defaultLanguage) return [language, `${language}/**/*.html`];
      const parts = [`${language}/**/*.html`, ...others.map((name) => (name.endsWith('.html') ? name : `${name}/**/*.html`))];
      return [language, parts.length === 1 ? parts[0]! : `{${parts.join(',')}}`];
    }),
  );
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
