import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { rehypeBaseLinks } from '../../../src/plugins/rehype-base-links.ts';

const link = (href: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [] });

/** Runs the plugin over links with these hrefs and gives the hrefs after. */
function run(base: string, hrefs: string[]): unknown[] {
  const tree: Root = { type: 'root', children: hrefs.map(link) };
  rehypeBaseLinks({ base })(tree);
  return tree.children.map((node) => (node as Element).properties['href']);
}

describe('rehypeBaseLinks', () => {
  test('prefixes the sub-path to root-absolute site links, once', () => {
    assert.deepEqual(run('/sapjil/', ['/en/guides/x/#fix', '/sapjil/ko/', '/errors/id/']), ['/sapjil/en/guides/x/#fix', '/sapjil/ko/', '/sapjil/errors/id/']);
  });

  test('leaves fragments, relative links, other origins and protocol-relative URLs alone', () => {
    const hrefs = ['#causes', 'other/', 'https://docs.github.com/x', '//cdn.example.com/a', 'mailto:a@b.c'];
    assert.deepEqual(run('/sapjil', hrefs), hrefs);
  });

  test('changes nothing at the domain root', () => {
    assert.deepEqual(run('/', ['/en/guides/x/']), ['/en/guides/x/']);
  });
});
