import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { withBase } from '../lib/site/paths.ts';

/**
 * Prefixes the site base to root-absolute links written in guides (`/en/guides/x/#fix` →
 * `/sapjil/en/guides/x/#fix`), so guides link correctly when the site is deployed under a
 * sub-path. Authors write site paths; the build's link check fails on any that still miss.
 */
export function baseLinks(options: { base: string }): HastPluginEntry {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  if (base === '/') return null;
  return defineHastPlugin({
    name: 'sapjil-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(base)) return;
        ctx.setProperty(node, 'href', withBase(base, href));
      },
    },
  });
}
