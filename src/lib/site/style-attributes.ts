// A Content-Security-Policy without 'unsafe-inline' for styles refuses every `style="…"`
// attribute, and Expressive Code (Shiki) colours each token with one (`--0:#24292E;--1:#E1E4E8`).
// After the build, each distinct attribute becomes a rule in one stylesheet, keyed by a
// `data-sj-style` attribute, so pages keep their look under a strict policy.

/** The attribute that replaces `style` on an element. */
export const STYLE_KEY_ATTRIBUTE = 'data-sj-style';

// A start tag, with quoted attribute values that may hold `>` (Expressive Code's `data-code`).
const START_TAG = /<[a-zA-Z][\w:-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/;

/** A short stable key for a style value (FNV-1a, hex), the same on every page and every build. */
export function styleKey(style: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < style.length; i++) hash = Math.imul(hash ^ style.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Replaces the `style` attributes of the start tags in `html` (text and comments are left alone)
 * with `data-sj-style` keys, recording each key's style in `styles`. Returns the new HTML.
 */
export function moveStyleAttributes(html: string, styles: Map<string, string>): string {
  return html.replace(START_TAG, (tag) => {
    const match = STYLE_ATTRIBUTE.exec(tag);
    if (!match) return tag;
    const style = match[1] ?? '';
    let key = styleKey(style);
    // Two styles with one key (a hash collision) get told apart by a suffix.
    for (let n = 1; styles.has(key) && styles.get(key) !== style; n++) key = `${styleKey(style)}-${n}`;
    styles.set(key, style);
    return tag.replace(STYLE_ATTRIBUTE, ` ${STYLE_KEY_ATTRIBUTE}="${key}"`);
  });
}

/** The stylesheet for the moved attributes, one rule per key, sorted so builds are reproducible. */
export function styleAttributesCss(styles: ReadonlyMap<string, string>): string {
  return [...styles]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, style]) => `[${STYLE_KEY_ATTRIBUTE}="${key}"]{${style.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')}}`)
    .join('\n');
}
