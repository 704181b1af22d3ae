// Expressive Code's settings for Sapjil's code blocks, in one module so the Astro config and
// the code block workers (src/node/code-block-worker.ts) render blocks exactly alike.
import { pluginFramesTexts, type AstroExpressiveCodeOptions, type ExpressiveCodePlugin } from 'astro-expressive-code';
import type { Element, ElementContent, Root } from 'hast';

// Expressive Code's own UI strings (copy button, terminal title) in Korean; blocks on Korean
// pages pick them through `getBlockLocale`.
pluginFramesTexts.addLocale('ko', {
  terminalWindowFallbackTitle: '터미널 창',
  copyButtonTooltip: '클립보드에 복사',
  copyButtonCopied: '복사했습니다!',
});

/** Marks every `<pre>` below `node` as English. */
function markPre(node: Root | ElementContent): void {
  if (node.type === 'element' && node.tagName === 'pre') (node as Element).properties = { ...node.properties, lang: 'en' };
  else if ('children' in node) for (const child of node.children) markPre(child as ElementContent);
}

// Code in Korean guides is English (commands, YAML, error text): its <pre> says so, so screen
// readers do not read it with Korean rules. The frame title stays in the page's language.
const codeInEnglish: ExpressiveCodePlugin = {
  name: 'sapjil-code-in-english',
  hooks: {
    postprocessRenderedBlock: ({ codeBlock, renderData }) => {
      if (codeBlock.locale === 'ko') markPre(renderData.blockAst);
    },
  },
};

/**
 * The options code blocks render with: file titles, ins/del/mark lines, an accessible copy button
 * and light/dark themes. A fresh object each call, as Expressive Code adds to its plugin list.
 */
export function codeBlockOptions(): AstroExpressiveCodeOptions {
  return {
    plugins: [codeInEnglish],
    themes: ['github-light', 'github-dark'],
    useDarkModeMediaQuery: true,
    getBlockLocale: ({ file }) => (/[\\/]guides[\\/]ko[\\/]/.test(file.path ?? '') ? 'ko' : 'en'),
    themeCssSelector: (theme) => `[data-theme='${theme.type}']`,
    styleOverrides: { borderRadius: '0.4rem', codeFontSize: '0.875rem' },
  };
}
