// Runs Sapjil's Sätteri plugins the way the site build does (Markdown in, HTML out), on a file
// placed under a guide language folder so plugins that read the path see a real one.
import { markdownToHtml, type HastPluginEntry, type MdastPluginEntry } from 'satteri';

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
