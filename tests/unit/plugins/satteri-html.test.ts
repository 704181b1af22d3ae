// `toSatteriHtml` must write what Sätteri writes for the same tree, character for character: the
// code block workers send their blocks as this HTML, and a page must not change by it. Sätteri
// itself is the oracle here: each tree goes through a real Sätteri compile as a tree, and as a
// `raw` node of our HTML.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, ElementContent } from 'hast';
import { escapeHtmlAttribute, escapeHtmlText, toSatteriHtml } from '../../../src/plugins/satteri-html.ts';
import { satteriWrites } from './compile.ts';

// Properties as a plugin may hand them to Sätteri, loose types included.
const h = (tagName: string, properties: Record<string, unknown>, ...children: ElementContent[]): Element => ({ type: 'element', tagName, properties: properties as Element['properties'], children });
const text = (value: string): ElementContent => ({ type: 'text', value });

const SPECIALS = `a & b < c > d " e ' f \` g \u007f h é 한글 😀 &amp; &#x27;`;

const CASES: Record<string, Element> = {
  'text and attribute escaping': h('div', { title: SPECIALS, dataCode: `line 1\u007fline 2 "quoted" 'single' \`tick\` <tag>` }, text(SPECIALS)),
  'property names and value kinds': h(
    'button',
    { className: ['copy', 'ec-line', 42], ariaLabel: 'Copy', dataCopied: 'Copied!', tabIndex: 0, hidden: true, disabled: false, ariaHidden: 'true', style: '--0:#24292E;--1:#E1E4E8', htmlFor: 'x', acceptCharset: ['utf-8'], itemScope: null },
    h('div', {}),
  ),
  'void elements and raw-text elements': h(
    'div',
    {},
    h('link', { rel: ['stylesheet'], href: '/_astro/ec.css?a=1&b=2' }),
    h('br', {}),
    h('img', { src: 'x.png', alt: 'a "b" <c>' }),
    h('script', { type: 'module' }, text('if (a < b && c > d) console.log("</div>")')),
    h('style', {}, text('a > b { content: "&"; }')),
  ),
  'SVG attribute names inside <svg>': h(
    'span',
    {},
    h('svg', { viewBox: '0 0 24 24', ariaHidden: 'true', strokeWidth: 2, xLinkHref: '#i', className: ['icon'] }, h('path', { d: 'M0 0h24', strokeLinecap: 'round', fillRule: 'evenodd' })),
  ),
  'comments and nested raw HTML': h('figure', { className: ['frame'] }, { type: 'comment', value: ' a comment ' }, { type: 'raw', value: '<b>raw & unescaped</b>' } as never, h('pre', { dataLanguage: 'sh' }, h('code', {}, text('echo "a" > b && cat <b')))),
};

for (const [name, tree] of Object.entries(CASES)) {
  test(`writes what Sätteri writes: ${name}`, async () => {
    const expected = await satteriWrites(tree);
    assert.equal(toSatteriHtml(tree), expected);
    // The same tree as one raw node inside its element comes out the same again.
    const compacted = { ...tree, children: [{ type: 'raw', value: toSatteriHtml(tree.children) } as never] };
    assert.equal(await satteriWrites(compacted), expected);
  });
}

test('escapes text and attribute values with the characters Sätteri escapes, no others', () => {
  assert.equal(escapeHtmlText(`& < > " ' \` é`), `&amp; &lt; &gt; " ' \` é`);
  assert.equal(escapeHtmlAttribute(`& < > " ' \` é`), `&amp; < > &quot; &#x27; &#x60; é`);
});

test('writes a list of nodes one after another', () => {
  assert.equal(toSatteriHtml([text('a<'), h('i', {}, text('b')), text('c')]), 'a&lt;<i>b</i>c');
});

test('refuses a node that has no HTML of its own instead of dropping it', () => {
  assert.throws(() => toSatteriHtml({ type: 'mdxFlowExpression', value: 'x' } as never), /Cannot write a "mdxFlowExpression" node as HTML/);
});
