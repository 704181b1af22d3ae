import type { Element, Parents } from 'hast';
import { defineHastPlugin, type HastPluginEntry, type HastVisitorContext } from 'satteri';
import { guideLanguage } from './guide-language.ts';

/** Whether `node` sits anywhere inside a `<pre>`. */
function inPre(node: Readonly<Element>, ctx: HastVisitorContext): boolean {
  let parent: Readonly<Parents> | undefined = ctx.parent(node);
  while (parent) {
    if (parent.type === 'element' && parent.tagName === 'pre') return true;
    parent = ctx.parent(parent);
  }
  return false;
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
        if (!inPre(node, ctx)) ctx.setProperty(node, 'lang', 'en');
      },
    },
  });
