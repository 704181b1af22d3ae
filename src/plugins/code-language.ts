import type { Element, Parents } from 'hast';
import { defineHastPlugin, type HastPluginEntry, type HastVisitorContext } from 'satteri';
import { guideLanguage } from './guide-language.ts';

/**
 * Whether `node` is a code block's `<code>`. Markdown only ever puts `<code>` straight inside
 * `<pre>` (MDX has no raw HTML), so the parent is enough; walking every ancestor of each inline
 * `<code>` cost a second per thousand guides, as Sätteri builds each parent on request.
 */
function isBlockCode(node: Readonly<Element>, ctx: HastVisitorContext): boolean {
  const parent: Readonly<Parents> | undefined = ctx.parent(node);
  return parent?.type === 'element' && parent.tagName === 'pre';
}

/**
 * Marks inline code in Korean guides as English (`lang="en"`): commands, settings and error
 * text are English, and a screen reader reading them with Korean rules garbles them. Code
 * blocks are marked by the Expressive Code plugin in astro.config.mjs.
 */
export const codeLanguage: HastPluginEntry = ({ fileURL }) =>
  guideLanguage(fileURL) === 'ko' &&
  defineHastPlugin({
    name: 'sapjil-code-language',
    element: {
      filter: ['code'],
      visit(node, ctx) {
        if (!isBlockCode(node, ctx)) ctx.setProperty(node, 'lang', 'en');
      },
    },
  });
