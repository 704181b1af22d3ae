import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { moveStyleAttributes, styleAttributesCss, styleKey } from '../../../src/lib/site/style-attributes.ts';

// An Expressive Code line as Astro writes it: token colours as style attributes, the copy
// button's data-code holding raw `>`, and code text showing a style attribute as text.
const CODE = '<div class="ec-line"><span style="--0:#24292E;--1:#E1E4E8">docker</span> <span style="--0:#032F62;--1:#9ECBFF">push</span></div>'
  + '<button data-code="a > b" title="Copy" style="--0:#24292E;--1:#E1E4E8"></button>'
  + '<p>write &lt;div style="color:red"&gt; to see it</p>';

describe('moveStyleAttributes', () => {
  test('replaces each start tag’s style with a key, the same key for the same style', () => {
    const styles = new Map<string, string>();
    const html = moveStyleAttributes(CODE, styles);
    const a = styleKey('--0:#24292E;--1:#E1E4E8');
    const b = styleKey('--0:#032F62;--1:#9ECBFF');
    assert.equal(
      html,
      `<div class="ec-line"><span data-sj-style="${a}">docker</span> <span data-sj-style="${b}">push</span></div>`
        + `<button data-code="a > b" title="Copy" data-sj-style="${a}"></button>`
        + '<p>write &lt;div style="color:red"&gt; to see it</p>',
    );
    assert.deepEqual([...styles], [[a, '--0:#24292E;--1:#E1E4E8'], [b, '--0:#032F62;--1:#9ECBFF']]);
  });

  test('leaves HTML without style attributes as it is', () => {
    const html = '<p class="x">no styles</p>';
    assert.equal(moveStyleAttributes(html, new Map()), html);
  });

  test('keeps two styles apart even if their keys collide', () => {
    const styles = new Map([[styleKey('color:red'), 'something else']]);
    const html = moveStyleAttributes('<b style="color:red">x</b>', styles);
    assert.equal(html, `<b data-sj-style="${styleKey('color:red')}-1">x</b>`);
  });
});

describe('styleAttributesCss', () => {
  test('writes one rule per key, sorted, with entities decoded', () => {
    const css = styleAttributesCss(new Map([['b', 'font-family:&quot;Mono&quot;'], ['a', '--0:#fff']]));
    assert.equal(css, '[data-sj-style="a"]{--0:#fff}\n[data-sj-style="b"]{font-family:"Mono"}');
  });
});

describe('styleKey', () => {
  test('is short, stable and different for different styles', () => {
    assert.equal(styleKey('--0:#24292E'), styleKey('--0:#24292E'));
    assert.notEqual(styleKey('--0:#24292E'), styleKey('--0:#24292F'));
    assert.match(styleKey('--0:#24292E'), /^[0-9a-z]{1,7}$/);
  });
});
