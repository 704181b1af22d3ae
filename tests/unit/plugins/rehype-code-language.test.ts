import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import { rehypeCodeLanguage } from '../../../src/plugins/rehype-code-language.ts';

const tree = (): Root => ({
  type: 'root',
  children: [
    { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'packages: write' }] }] },
    { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: {}, children: [] }] },
  ],
});
const inline = (root: Root) => ((root.children[0] as Element).children[0] as Element).properties['lang'];
const inPre = (root: Root) => ((root.children[1] as Element).children[0] as Element).properties['lang'];

describe('rehypeCodeLanguage', () => {
  test('marks inline code in a Korean guide as English, and leaves blocks to Expressive Code', () => {
    const root = tree();
    rehypeCodeLanguage()(root, new VFile({ path: '/site/content/guides/ko/g.mdx' }));
    assert.equal(inline(root), 'en');
    assert.equal(inPre(root), undefined);
  });

  test('leaves English guides alone', () => {
    const root = tree();
    rehypeCodeLanguage()(root, new VFile({ path: '/site/content/guides/en/g.mdx' }));
    assert.equal(inline(root), undefined);
  });
});
