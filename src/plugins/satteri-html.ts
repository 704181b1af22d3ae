// Serializes hast to HTML exactly as Sätteri, Astro's Markdown processor, serializes it
// (crates/satteri-ast/src/hast/render.rs and hast/escape.rs in bruits/satteri). A code block
// worker sends its rendered block as one `raw` node of this HTML instead of a tree: the main
// thread then has no tree to encode for Sätteri, and the page comes out byte for byte the same
// (tests/unit/plugins/satteri-html.test.ts holds the two serializers side by side).
import type { Nodes, Properties } from 'hast';
import { find, html, svg } from 'property-information';

// Elements written as a single tag, and elements whose text is written unescaped.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;' };

/** Escapes text outside raw-text elements: `&`, `<` and `>`. */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (char) => TEXT_ESCAPES[char]!);
}

/** Escapes a double-quoted attribute value: `&`, `"`, `'` and `` ` `` (`<` and `>` stay). */
export function escapeHtmlAttribute(value: string): string {
  return value.replace(/[&"'`]/g, (char) => ATTRIBUTE_ESCAPES[char]!);
}

/** Writes an element's attributes the way Sätteri encodes properties from a JavaScript plugin. */
function attributes(properties: Properties, inSvg: boolean): string {
  let out = '';
  for (const name in properties) {
    const value = properties[name];
    // Sätteri keeps true, strings, numbers and lists; it drops false, null and objects.
    let text: string;
    if (value === true) {
      out += ` ${find(inSvg ? svg : html, name).attribute}`;
      continue;
    } else if (typeof value === 'string') text = value;
    else if (typeof value === 'number') text = String(value);
    else if (Array.isArray(value)) text = value.filter((item) => typeof item === 'string').join(' ');
    else continue;
    out += ` ${find(inSvg ? svg : html, name).attribute}="${escapeHtmlAttribute(text)}"`;
  }
  return out;
}

function write(node: Nodes, inRawText: boolean, inSvg: boolean): string {
  switch (node.type) {
    case 'root':
      return node.children.map((child) => write(child, inRawText, inSvg)).join('');
    case 'element': {
      // The SVG schema holds for the <svg> element's own attributes and everything inside it.
      const svgHere = inSvg || node.tagName === 'svg';
      const open = `<${node.tagName}${attributes(node.properties ?? {}, svgHere)}>`;
      if (VOID.has(node.tagName)) return open;
      const rawText = inRawText || RAW_TEXT.has(node.tagName);
      return `${open}${node.children.map((child) => write(child, rawText, svgHere)).join('')}</${node.tagName}>`;
    }
    case 'text':
      return inRawText ? node.value : escapeHtmlText(node.value);
    case 'comment':
      return `<!--${node.value}-->`;
    case 'raw':
      return node.value;
    case 'doctype':
      return '<!doctype html>';
    default:
      // MDX nodes have no HTML of their own; a code block never holds one.
      throw new Error(`Cannot write a "${(node as { type: string }).type}" node as HTML`);
  }
}

/** The HTML Sätteri writes for these nodes, for a `raw` node that stands in for them. */
export function toSatteriHtml(nodes: Nodes | readonly Nodes[]): string {
  return Array.isArray(nodes) ? nodes.map((node: Nodes) => write(node, false, false)).join('') : write(nodes as Nodes, false, false);
}
