import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filesGlob, joinPagefindEntries, pageFile, pageLanguage } from '../../../src/lib/search/pagefind-split.ts';

const LANGS = ['en', 'ko'];
const entry = (languages: Record<string, unknown>, version = '1.6.0') => ({ version, languages, include_characters: ['_', '‿'] });

test('each language indexes its folder; the default language also takes the pages outside them', () => {
  assert.equal(pageLanguage('ko/guides/x/index.html', LANGS, 'en'), 'ko');
  assert.equal(pageLanguage('en/index.html', LANGS, 'en'), 'en');
  for (const file of ['index.html', '404.html', 'errors/ghcr/index.html', 'ko.html', 'kor/index.html']) {
    assert.equal(pageLanguage(file, LANGS, 'en'), 'en', file);
  }
  assert.equal(pageLanguage('index.html', LANGS, 'ko'), 'ko');
  assert.throws(() => pageLanguage('index.html', LANGS, 'fr'), /default language "fr" is not one of en, ko/);
});

test('a files glob names exactly its files, whatever characters they hold', () => {
  assert.equal(filesGlob(['en/a/index.html']), 'en/a/index.html');
  assert.equal(filesGlob(['en/a/index.html', 'ko/태그/index.html']), '{en/a/index.html,ko/태그/index.html}');
  assert.equal(filesGlob(['a{b},c/[d]*?.html']), String.raw`a\{b\}\,c/\[d\]\*\?.html`);
  assert.throws(() => filesGlob([]), /No file to index/);
});

test('a page URL path maps to the file Astro writes for it, below any base', () => {
  assert.equal(pageFile('/', '/'), 'index.html');
  assert.equal(pageFile('/ko/guides/x/', '/'), 'ko/guides/x/index.html');
  assert.equal(pageFile('/404', '/'), '404.html');
  assert.equal(pageFile('/sapjil/', '/sapjil/'), 'index.html');
  assert.equal(pageFile('/sapjil', '/sapjil/'), 'index.html');
  assert.equal(pageFile('/sapjil/en/lookup/', '/sapjil'), 'en/lookup/index.html');
  assert.equal(pageFile('/other/en/', '/sapjil/'), undefined);
  assert.equal(pageFile('/sapjilx/en/', '/sapjil/'), undefined);
});

test('joined entries list every language once, in order, with the fields as Pagefind writes them', () => {
  const en = { hash: 'en_1', wasm: 'en', page_count: 3 };
  const ko = { hash: 'ko_2', wasm: null, page_count: 2 };
  const joined = joinPagefindEntries([entry({ ko }), entry({ en })]);
  assert.equal(JSON.stringify(joined), JSON.stringify(entry({ en, ko })));
  // One bundle comes back as it was.
  assert.equal(JSON.stringify(joinPagefindEntries([entry({ en })])), JSON.stringify(entry({ en })));
  assert.equal(JSON.stringify(joinPagefindEntries([entry({}), entry({ en })])), JSON.stringify(entry({ en })));
});

test('bundles that cannot be joined are refused with the reason', () => {
  assert.throws(() => joinPagefindEntries([]), /No Pagefind bundle to join/);
  assert.throws(() => joinPagefindEntries([entry({ en: {} }), entry({ en: {} })]), /Pages in "en" were indexed by two Pagefind processes/);
  assert.throws(() => joinPagefindEntries([entry({ en: {} }), entry({ ko: {} }, '1.7.0')]), /differ in version or settings/);
});
