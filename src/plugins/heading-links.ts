import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { useTranslations } from '../i18n/index.ts';
import { guideLanguage } from './guide-language.ts';

/**
 * Wraps each h2/h3 with a visible "#" link to its own anchor, which the page script turns
 * into a copy-link control. Works without JavaScript as a plain permalink.
 */
export const headingLinks: HastPluginEntry = ({ fileURL }) => {
  const t = useTranslations(guideLanguage(fileURL));
  return defineHastPlugin({
    name: 'sapjil-heading-links',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties['id'];
        if (typeof id !== 'string') return undefined;
        return {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
          children: [
            node,
            {
              type: 'element',
              tagName: 'a',
              properties: { className: ['heading-link'], href: `#${id}`, dataHeadingLink: '', dataPagefindIgnore: '' },
              children: [
                { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { className: ['sr-only'] },
                  children: [{ type: 'text', value: t('guide.headingLink', { heading: ctx.textContent(node) }) }],
                },
              ],
            },
          ],
        };
      },
    },
  });
};
