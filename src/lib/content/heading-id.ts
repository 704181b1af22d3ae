/** What a heading's text says about its anchor id. */
export interface HeadingIdResult {
  /** The heading text without the `{#id}` suffix. */
  text: string;
  /** The explicit id, when the author wrote one. */
  explicitId?: string;
}

/** Ids that stay readable in a URL and survive copy-paste into any wiki: lower-case ASCII kebab-case. */
export const HEADING_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// `{#id}` at the very end of a heading, as Hugo, Pandoc and kramdown write it.
// MDX authors type `\{#id}` (a bare `{` starts an expression), which reaches us as the same text.
const EXPLICIT_ID_SUFFIX = /\s*\{#([^{}\s]+)\}\s*$/;

/** Splits a trailing `{#id}` off a heading's text. */
export function splitExplicitId(text: string): HeadingIdResult {
  const match = EXPLICIT_ID_SUFFIX.exec(text);
  if (!match || match[1] === undefined) return { text };
  return { text: text.slice(0, match.index), explicitId: match[1] };
}

/**
 * Makes an ASCII id from heading text, or returns `undefined` when the text has
 * letters outside ASCII (a Korean heading would otherwise get a Unicode slug that differs
 * from its English counterpart, and wiki links to one language would miss in the other).
 */
export function asciiSlug(text: string): string | undefined {
  // Code spans and punctuation are fine to drop; any non-ASCII letter or digit is not.
  if (/[^\x00-\x7F]/.test(text.replace(/[\p{P}\p{S}\p{Z}]/gu, ''))) return undefined;
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? undefined : slug;
}
