import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Marks inline code in Korean guides as English (`lang="en"`): commands, settings and error
 * text are English, and a screen reader reading them with Korean rules garbles them. Code
 * blocks are marked by the Expressive Code plugin in astro.config.mjs.
 */
export function rehypeCodeLanguage() {
  return (tree: Root, file: VFile) => {
    if (!/[\\/]guides[\\/]ko[\\/]/.test(file.path ?? '')) return;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'pre') return 'skip';
      if (node.tagName !== 'code') return undefined;
      node.properties['lang'] = 'en';
      return 'skip';
    });
  };
}
