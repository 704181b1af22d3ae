import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinPagefindEntries, languageGlobs } from '../../../src/lib/search/pagefind-split.ts';

const LANGS = ['en', 'ko'];
const entry = (languages: Record<string, unknown>, version = '1.6.0') => ({ version, languages, include_characters: ['_', '‿'] });

test('each language indexes its folder; the default language also takes the pages outside them', () => {
  const globs = languageGlobs(['en', 'ko', 'errors', 'index.html', '404.html'], LANGS, 'en');
  assert.deepEqual([...globs], [
    ['en', '{en/**/*.html,404.html,errors/**/*.html,index.html}'],
    ['ko', 'ko/**/*.html'],
  ]);
  assert.equal(languageGlobs(['ko'], LANGS, 'ko').get('ko'), 'ko/**/*.html');
});

test('a top-level name that would need escaping in a glob, or an unknown default, is refused', () => {
  assert.throws(() => languageGlobs(['en', 'a{b}'], LANGS, 'en'), /Cannot index "a\{b\}" by language/);
  assert.throws(() => languageGlobs(['en'], LANGS, 'fr'), /default language "fr" is not one of en, ko/);
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
