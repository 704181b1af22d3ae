import { queryTerms } from '../lib/search/query-terms.ts';
import { termRanges } from '../lib/search/term-ranges.ts';

/** The query parameter search results carry to the page they open. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * Marks the searched words in a page's text with `<mark>`, with the same matching as the
 * result excerpts (Korean terms also inside longer words). Returns how many were marked.
 */
export function highlightTerms(root: Element, terms: readonly string[]): number {
  if (terms.length === 0) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('mark, script, style, [hidden], [data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let marked = 0;
  for (const node of nodes) {
    const text = node.data;
    const ranges = termRanges(text, terms);
    if (ranges.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of ranges) {
      fragment.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      at = end;
      marked++;
    }
    fragment.append(text.slice(at));
    node.replaceWith(fragment);
  }
  return marked;
}

/** Highlights the words of the page URL's `?highlight=` in `root`, if there are any. */
export function highlightFromUrl(root: Element | null): number {
  const value = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  return root && value ? highlightTerms(root, queryTerms(value)) : 0;
}
