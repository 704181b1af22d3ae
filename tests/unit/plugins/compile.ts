// Runs Sapjil's Sätteri plugins the way the site build does (Markdown in, HTML out), on a file
// placed under a guide language folder so plugins that read the path see a real one.
import assert from 'node:assert/strict';
import type { ElementContent } from 'hast';
import { markdownToHtml, mdxToJs, type HastPluginEntry, type MdastPluginEntry } from 'satteri';

/** HTML for `markdown` as a guide at `content/guides/<lang>/g.mdx`, with these plugins. */
export async function compile(
  markdown: string,
  plugins: { mdast?: MdastPluginEntry[]; hast?: HastPluginEntry[]; lang?: string },
): Promise<string> {
  const { html } = await markdownToHtml(markdown, {
    mdastPlugins: plugins.mdast ?? [],
    hastPlugins: plugins.hast ?? [],
    fileURL: new URL(`file:///site/content/guides/${plugins.lang ?? 'en'}/g.mdx`),
  });
  return html.trimEnd();
}

const swap = (node: ElementContent) => ({ name: 'swap', element: { filter: ['p'], visit: () => node as never } });

/**
 * What Sätteri writes when a plugin puts `node` where the page's only paragraph was: as Markdown
 * to HTML, and as the guides compile (MDX whose static HTML becomes one string); both must agree.
 */
export async function satteriWrites(node: ElementContent): Promise<string> {
  const html = await compile('placeholder', { hast: [swap(node)] });
  const { code } = await mdxToJs('placeholder', {
    hastPlugins: [swap(node)],
    optimizeStatic: { component: 'Fragment', prop: 'set:html' },
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
  });
  const literal = /"set:html": ("(?:[^"\\]|\\.)*")/.exec(code);
  assert.ok(literal, `no static HTML in the compiled MDX:\n${code}`);
  assert.equal(JSON.parse(literal[1]!), html, 'MDX and Markdown write the tree alike');
  return html;
}
