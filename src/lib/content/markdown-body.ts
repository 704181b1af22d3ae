// The same front matter boundary Astro's MDX content type reads (@astrojs/internal-helpers'
// `frontmatterRE`): an optional byte order mark or blank lines, then `---` (or TOML's `+++`),
// the block, a line break, and the closing marker.
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)[\s\S]*?\n(?:---|\+\+\+)/;

/**
 * A Markdown or MDX file's body as Astro's content layer gives it in `entry.body`: the text
 * after the front matter, trimmed (all of it, trimmed, when there is none).
 */
export function markdownBody(source: string): string {
  const match = FRONT_MATTER.exec(source);
  return (match ? source.slice(0, match.index) + source.slice(match.index + match[0].length) : source).trim();
}
