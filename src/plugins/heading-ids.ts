import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Heading } from 'mdast';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { asciiSlug, HEADING_ID_PATTERN, splitExplicitId } from '../lib/content/heading-id.ts';

/** Where a heading sits, relative to the working folder, for error messages. */
function where(fileURL: URL | undefined, node: Readonly<Heading>): string {
  const path = fileURL?.protocol === 'file:' ? relative(process.cwd(), fileURLToPath(fileURL)) : '(unknown file)';
  return `${path}:${node.position?.start.line ?? '?'}`;
}

/**
 * Gives every h2–h6 a stable ASCII id that is the same in every language: the author's
 * `{#id}` (written `\{#id}` in MDX) when present, else an ASCII slug of the text. A heading
 * whose text is not ASCII (Korean) must carry an explicit id, or the build fails naming it.
 * A Sätteri mdast plugin; Astro's own heading pass then keeps the id and lists the heading.
 */
export const headingIds: MdastPluginEntry = ({ fileURL }) => {
  const used = new Map<string, number>();
  return defineMdastPlugin({
    name: 'sapjil-heading-ids',
    options: { position: true },
    heading(node, ctx) {
      if (node.depth === 1) return;
      const last = node.children.at(-1);
      const split = last?.type === 'text' ? splitExplicitId(last.value) : undefined;
      const explicitId = split?.explicitId;
      if (explicitId !== undefined && !HEADING_ID_PATTERN.test(explicitId)) {
        throw new Error(`${where(fileURL, node)}: heading id "{#${explicitId}}" must be lower-case ASCII kebab-case, e.g. {#fix-permissions}`);
      }
      // The text is only needed to slug a heading without an id (Sätteri builds it on request).
      const text = explicitId === undefined ? ctx.textContent(node) : '';
      let id = explicitId ?? asciiSlug(text);
      if (id === undefined) {
        throw new Error(
          `${where(fileURL, node)}: heading "${text}" needs an explicit ASCII id so links work in every language; ` +
            `end it with \\{#some-id} (the same id as in the other language's file)`,
        );
      }
      const seen = used.get(id) ?? 0;
      if (seen > 0) {
        if (explicitId !== undefined) throw new Error(`${where(fileURL, node)}: heading id "${id}" is used twice in this file`);
        id = `${id}-${seen}`;
      }
      used.set(id, seen + 1);
      if (last?.type === 'text' && split?.explicitId !== undefined) {
        if (split.text === '') ctx.removeNode(last);
        else ctx.setProperty(last, 'value', split.text);
      }
      // `hProperties` carries attributes over to the HTML element.
      const hProperties = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;
      ctx.setProperty(node, 'data', { ...node.data, hProperties: { ...hProperties, id } });
    },
  });
};
