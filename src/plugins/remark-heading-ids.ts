import type { Heading, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { asciiSlug, HEADING_ID_PATTERN, splitExplicitId } from '../lib/content/heading-id.ts';

/** Where a file sits, relative to the project, for error messages. */
function where(file: VFile, node: Heading): string {
  const path = file.path ? file.path.replace(`${process.cwd()}/`, '') : '(unknown file)';
  return `${path}:${node.position?.start.line ?? '?'}`;
}

/**
 * Gives every heading a stable ASCII id that is the same in every language: the author's
 * `{#id}` (written `\{#id}` in MDX) when present, else an ASCII slug of the text. A heading
 * whose text is not ASCII (Korean) must carry an explicit id, or the build fails naming it.
 */
export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const used = new Map<string, number>();
    visit(tree, 'heading', (node: Heading) => {
      if (node.depth === 1) return;
      const last = node.children.at(-1);
      let explicitId: string | undefined;
      if (last?.type === 'text') {
        const split = splitExplicitId(last.value);
        if (split.explicitId !== undefined) {
          explicitId = split.explicitId;
          (last as Text).value = split.text;
          if (split.text === '') node.children.pop();
        }
      }
      const text = toString(node);
      if (explicitId !== undefined && !HEADING_ID_PATTERN.test(explicitId)) {
        throw new Error(
          `${where(file, node)}: heading id "{#${explicitId}}" must be lower-case ASCII kebab-case, e.g. {#fix-permissions}`,
        );
      }
      let id = explicitId ?? asciiSlug(text);
      if (id === undefined) {
        throw new Error(
          `${where(file, node)}: heading "${text}" needs an explicit ASCII id so links work in every language; ` +
            `end it with \\{#some-id} (the same id as in the other language's file)`,
        );
      }
      const seen = used.get(id) ?? 0;
      if (seen > 0) {
        if (explicitId !== undefined) {
          throw new Error(`${where(file, node)}: heading id "${id}" is used twice in this file`);
        }
        id = `${id}-${seen}`;
      }
      used.set(id, seen + 1);
      // `hProperties` is how mdast-util-to-hast carries attributes over to the HTML element.
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, id };
    });
  };
}
