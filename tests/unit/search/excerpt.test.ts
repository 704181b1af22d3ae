import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildExcerpt, EXCERPT_CHARS, type ExcerptPart } from '../../../src/lib/search/excerpt.ts';
import { INDEX_EXTRAS_CLOSE, INDEX_EXTRAS_OPEN } from '../../../src/lib/search/index-extras.ts';

// Guide prose that holds none of the search terms below (nor their first letters: cac, ghc, pus).
const PADDING = 'Each step runs in its own shell, and environment variables set with export do not reach the next step. '.repeat(3);
const EXTRAS = `${INDEX_EXTRAS_OPEN}ERROR: failed to push ghcr.io/acme/app:main: denied: permission_denied: write_package${INDEX_EXTRAS_CLOSE}.`;

const shown = (parts: ExcerptPart[]) => parts.map((part) => part.text).join('');
const marks = (parts: ExcerptPart[]) => parts.filter((part) => part.mark).map((part) => part.text);
const body = (parts: ExcerptPart[]) => shown(parts).replace(/^… /, '').replace(/ …$/, '');

describe('buildExcerpt', () => {
  test('shows a short text whole, with the terms marked and no ellipsis', () => {
    assert.deepEqual(buildExcerpt('Grant the workflow write access to ghcr packages.', ['ghcr']), [
      { text: 'Grant the workflow write access to ', mark: false },
      { text: 'ghcr', mark: true },
      { text: ' packages.', mark: false },
    ]);
  });

  test('never shows the index-only block, even when it holds the only match', () => {
    assert.deepEqual(buildExcerpt(`Grant the workflow write access to packages. ${EXTRAS}`, ['write_package']), [
      { text: 'Grant the workflow write access to packages.', mark: false },
    ]);
    const long = buildExcerpt(`${PADDING}${EXTRAS} ${PADDING}`, ['ghcr', 'denied']);
    assert.equal(shown(long).includes(INDEX_EXTRAS_OPEN), false);
    assert.equal(shown(long).includes('write_package'), false);
    assert.deepEqual(marks(long), []);
  });

  test('picks the window with the most different terms over an earlier one with fewer', () => {
    const content = `The ghcr registry comes first here. ${PADDING}The push to ghcr failed because the token lacked the permission to write. ${PADDING}`;
    const parts = buildExcerpt(content, ['ghcr', 'push', 'permission']);
    assert.deepEqual(marks(parts), ['push', 'ghcr', 'permission']);
    assert.deepEqual(parts[0], { text: '… ', mark: false });
    assert.deepEqual(parts.at(-1), { text: ' …', mark: false });
  });

  test('among windows with as many different terms, picks the one with the most hits', () => {
    const content = `The cache key changed. ${PADDING}Restore the cache, then save the cache under a new cache key. ${PADDING}`;
    const parts = buildExcerpt(content, ['cache']);
    assert.deepEqual(marks(parts), ['cache', 'cache', 'cache']);
  });

  test('keeps some text before the first mark, and cuts at spaces, never inside a word', () => {
    const content = `${PADDING}The push to ghcr failed. ${PADDING}`;
    const text = content.replace(/\s+/g, ' ').trim();
    const parts = buildExcerpt(content, ['ghcr']);
    const visible = body(parts);
    const at = text.indexOf(visible);
    assert.ok(at > 0, 'the excerpt is a stretch of the text');
    assert.equal(text[at - 1], ' ');
    assert.equal(text[at + visible.length], ' ');
    assert.ok(visible.indexOf('ghcr') >= 20, 'the mark comes with context before it');
    assert.ok(visible.length <= EXCERPT_CHARS);
  });

  test('starts at the beginning of the text when nothing matches', () => {
    const parts = buildExcerpt(PADDING, ['ghcr']);
    assert.equal(parts.length, 2);
    assert.equal(parts[0]?.text.startsWith('Each step runs in its own shell'), true);
    assert.deepEqual(parts[1], { text: ' …', mark: false });
  });

  test('gives no leading ellipsis when a match near the start puts the window there', () => {
    const parts = buildExcerpt(`Push to ghcr. ${PADDING}`, ['ghcr']);
    assert.equal(parts[0]?.text, 'Push to ');
    assert.deepEqual(parts.at(-1), { text: ' …', mark: false });
  });

  test('honours a smaller maxChars', () => {
    const parts = buildExcerpt(PADDING, [], 60);
    assert.ok(body(parts).length <= 60);
  });

  test('folds runs of whitespace and newlines into single spaces', () => {
    assert.equal(shown(buildExcerpt('  npm ERR!   code\n\nE401  ', ['e401'])), 'npm ERR! code E401');
  });

  test('marks a Korean term inside a longer word', () => {
    assert.deepEqual(buildExcerpt('환경변수를 설정하세요', ['변수']), [
      { text: '환경', mark: false },
      { text: '변수', mark: true },
      { text: '를 설정하세요', mark: false },
    ]);
  });

  test('gives no parts for empty content', () => {
    assert.deepEqual(buildExcerpt('', ['ghcr']), []);
    assert.deepEqual(buildExcerpt(EXTRAS, ['ghcr']), []);
  });
});
