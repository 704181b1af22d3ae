import type { InlineCode } from 'mdast';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { guideLanguage } from './guide-language.ts';

/**
 * Marks inline code in Korean guides as English (`lang="en"`): commands, settings and error
 * text are English, and a screen reader reading them with Korean rules garbles them. Code
 * blocks are marked by the Expressive Code plugin in astro.config.mjs.
 *
 * A Sätteri mdast plugin: there inline code is its own node type, while in HTML telling an
 * inline `<code>` from a block's means building its parent (a second per thousand guides).
 */
export const codeLanguage: MdastPluginEntry = ({ fileURL }) =>
  guideLanguage(fileURL) === 'ko' &&
  defineMdastPlugin({
    name: 'sapjil-code-language',
    inlineCode(node, ctx) {
      // `hProperties` carries attributes over to the HTML element.
      const data = node.data as (InlineCode['data'] & { hProperties?: Record<string, unknown> }) | undefined;
      ctx.setProperty(node, 'data', { ...data, hProperties: { ...data?.hProperties, lang: 'en' } });
    },
  });
