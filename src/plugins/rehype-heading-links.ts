import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { useTranslations } from '../i18n/index.ts';
import { DEFAULT_LOCALE, isLocale } from '../lib/i18n/locales.ts';

/** The guide's language, from its path (`.../guides/<lang>/<slug>.mdx`). */
function langOf(file: VFile) {
  const lang = /\/guides\/([^/]+)\//.exec(file.path ?? '')?.[1];
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/**
 * Wraps each h2/h3 with a visible "#" link to its own anchor, which the page script turns
 * into a copy-link control. Works without JavaScript as a plain permalink.
 */
export function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    const t = useTranslations(langOf(file));
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || (node.tagName !== 'h2' && node.tagName !== 'h3')) return;
      const id = node.properties['id'];
      if (typeof id !== 'string') return;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-link'], href: `#${id}`, dataHeadingLink: '', dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['sr-only'] },
            children: [{ type: 'text', value: t('guide.headingLink', { heading: toString(node) }) }],
          },
        ],
      };
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
        children: [node, link] as ElementContent[],
      };
      parent.children[index] = wrapper;
      return index + 1;
    });
  };
}
