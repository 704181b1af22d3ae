import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkInternalLinks, fileOfPath, pageAnchors, type PageAnchors } from '../../../src/lib/content/internal-links.ts';

const SITE = { site: 'https://sapjil.dev', base: '/' };

/** A site of `pages` (file → html) plus other files that exist. */
function check(pages: Record<string, string>, other: string[] = [], options = SITE) {
  const anchors = new Map<string, PageAnchors>(Object.entries(pages).map(([file, html]) => [file, pageAnchors(html)]));
  return checkInternalLinks(anchors, new Set([...Object.keys(pages), ...other]), options).map((p) => `${p.file}:${p.line} ${p.href}: ${p.message}`);
}

describe('pageAnchors', () => {
  test('reads ids, <a name> and the hrefs of links with their lines, entities decoded', () => {
    const page = pageAnchors('<h2 id="causes">C</h2>\n<a name="old">x</a>\n<p><a class="x" href="/en/?a=1&amp;b=2#top">t</a></p>\n<area shape="rect" href="#causes">');
    assert.deepEqual([...page.ids], ['causes', 'old']);
    assert.deepEqual(page.links, [
      { href: '/en/?a=1&b=2#top', line: 3 },
      { href: '#causes', line: 4 },
    ]);
  });

  test('ignores data-id and hrefs of stylesheets', () => {
    const page = pageAnchors('<div data-id="x"></div><link rel="stylesheet" href="/a.css">');
    assert.deepEqual([...page.ids], []);
    assert.deepEqual(page.links, []);
  });
});

describe('fileOfPath', () => {
  test('maps directory paths to index.html and keeps file paths', () => {
    assert.equal(fileOfPath('/'), 'index.html');
    assert.equal(fileOfPath('/en/guides/x/'), 'en/guides/x/index.html');
    assert.equal(fileOfPath('/en/rss.xml'), 'en/rss.xml');
    assert.equal(fileOfPath('/tags/node.js/'), 'tags/node.js/index.html');
  });
});

describe('checkInternalLinks', () => {
  const guide = '<h1 id="top">G</h1><h2 id="causes">Causes</h2><a href="#causes">here</a>';

  test('accepts links to existing pages, ids, files, and leaves other origins alone', () => {
    assert.deepEqual(
      check({
        'en/guides/g/index.html': guide,
        'en/index.html': '<a href="/en/guides/g/#causes">g</a> <a href="guides/g/">rel</a> <a href="https://sapjil.dev/en/rss.xml">rss</a> <a href="https://github.com/x">gh</a> <a href="mailto:a@b.c">m</a>',
      }, ['en/rss.xml']),
      [],
    );
  });

  test('reports a missing page, a missing id on another page and on the same page, with file and line', () => {
    assert.deepEqual(
      check({
        'en/guides/g/index.html': guide,
        'en/index.html': '<a href="/en/guides/nope/">a</a>\n<a href="/en/guides/g/#cause">b</a>\n<a href="#missing">c</a>',
      }),
      [
        'en/index.html:1 /en/guides/nope/: no page at /en/guides/nope/ (expected en/guides/nope/index.html in the build)',
        'en/index.html:2 /en/guides/g/#cause: no element with id "cause" on /en/guides/g/',
        'en/index.html:3 #missing: no element with id "missing" on /en/',
      ],
    );
  });

  test('under a sub-path, a link that forgets the base is broken', () => {
    const options = { site: 'https://x.github.io', base: '/sapjil/' };
    assert.deepEqual(check({ 'en/index.html': '<a href="/sapjil/en/">ok</a><a href="/en/">no base</a>' }, [], options), [
      'en/index.html:1 /en/: leaves the site\'s base path /sapjil/',
    ]);
  });

  test('refuses javascript: links', () => {
    assert.deepEqual(check({ 'index.html': '<a href="javascript:alert(1)">x</a>' }), ['index.html:1 javascript:alert(1): javascript: links are not allowed']);
  });

  test('decodes percent-encoded paths and fragments', () => {
    assert.deepEqual(check({ 'ko/tags/권한/index.html': '<h2 id="원인">x</h2>', 'index.html': '<a href="/ko/tags/%EA%B6%8C%ED%95%9C/#%EC%9B%90%EC%9D%B8">t</a>' }), []);
  });
});
