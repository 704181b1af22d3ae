// Text Sapjil adds to a guide's search index but never shows: its error messages (weighted up)
// and the Korean word parts Pagefind cannot find on its own (weighted down). Pagefind keeps all
// indexed text in the page's `content`, so the block is fenced with marks the excerpt builder
// cuts out again.

/** Opens the index-only block in a page's indexed content. */
export const INDEX_EXTRAS_OPEN = '⟦';
/** Closes the index-only block in a page's indexed content. */
export const INDEX_EXTRAS_CLOSE = '⟧';

const EXTRAS_BLOCK = new RegExp(`\\s*${INDEX_EXTRAS_OPEN}[^${INDEX_EXTRAS_CLOSE}]*${INDEX_EXTRAS_CLOSE}\\.?`, 'gu');

/** Removes the index-only blocks from a page's indexed content before anything shows it. */
export function stripIndexExtras(content: string): string {
  return content.replace(EXTRAS_BLOCK, '');
}
