import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/site/paths.ts';

/**
 * Prefixes the site base to root-absolute links written in guides (`/en/guides/x/#fix` →
 * `/sapjil/en/guides/x/#fix`), so guides link correctly when the site is deployed under a
 * sub-path. Authors write site paths; the build's link check fails on any that still miss.
 */
export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties['href'];
      if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(base)) return;
      node.properties['href'] = withBase(base, href);
    });
  };
}
