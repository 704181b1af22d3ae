import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { termRanges } from '../../../src/lib/search/term-ranges.ts';

const marked = (text: string, terms: string[]) => termRanges(text, terms).map(([from, to]) => text.slice(from, to));

describe('termRanges', () => {
  test('marks a Korean term wherever it occurs, also inside a longer word (환경변수를 for 변수)', () => {
    assert.deepEqual(termRanges('환경변수를 설정하세요', ['변수']), [[2, 4]]);
    assert.deepEqual(marked('변수 이름과 환경변수', ['변수']), ['변수', '변수']);
  });

  test('marks a Latin term at the start of a word, and the whole word', () => {
    const line = 'ERROR: failed to push ghcr.io/acme/app:main: denied: permission_denied: write_package';
    assert.deepEqual(marked(line, ['permission', 'ghcr']), ['ghcr', 'permission_denied']);
  });

  test('does not mark a Latin term inside a word (repush, _denied)', () => {
    assert.deepEqual(marked('repush pushes', ['push']), ['pushes']);
    assert.deepEqual(marked('denied: permission_denied', ['denied']), ['denied']);
  });

  test('marks the forms Pagefind’s stemmer matched (pushing, pushed, pushes, push)', () => {
    assert.deepEqual(marked('Pushing and pushed and push', ['pushing']), ['Pushing', 'pushed', 'push']);
    assert.deepEqual(marked('token tokens', ['tokens']), ['token', 'tokens']);
  });

  test('does not stem a word below three letters (uses stays uses, so user is not marked)', () => {
    assert.deepEqual(marked('user uses', ['uses']), ['uses']);
  });

  test('ignores case', () => {
    assert.deepEqual(marked('GHCR and Ghcr', ['ghcr']), ['GHCR', 'Ghcr']);
    assert.deepEqual(marked('ghcr', ['GHCR']), ['ghcr']);
  });

  test('sorts and merges overlapping ranges, whatever the order of the terms', () => {
    assert.deepEqual(termRanges('디스크용량 부족', ['스크용', '디스크']), [[0, 4]]);
    assert.deepEqual(termRanges('denied ghcr', ['ghcr', 'denied']), [[0, 6], [7, 11]]);
  });

  test('gives nothing for an empty term, no terms or no match', () => {
    assert.deepEqual(termRanges('abc', ['']), []);
    assert.deepEqual(termRanges('abc', []), []);
    assert.deepEqual(termRanges('', ['abc']), []);
    assert.deepEqual(termRanges('docker login', ['권한']), []);
  });
});
