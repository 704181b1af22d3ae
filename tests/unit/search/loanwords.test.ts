import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LOANWORDS, loanwordVariant } from '../../../src/lib/search/loanwords.ts';
import { queryTerms } from '../../../src/lib/search/query-terms.ts';

describe('loanwordVariant', () => {
  test('gives the spelling guides use for a Hangul tool name', () => {
    assert.equal(loanwordVariant('도커'), 'docker');
    assert.equal(loanwordVariant('깃허브'), 'github');
    assert.equal(loanwordVariant('깃헙'), 'github');
    assert.equal(loanwordVariant('워크플로우'), 'workflow');
    assert.equal(loanwordVariant('도커허브'), 'docker hub');
  });

  test('gives nothing for words that are no tool name, or already spelled the guides’ way', () => {
    assert.equal(loanwordVariant('권한'), undefined);
    assert.equal(loanwordVariant('docker'), undefined);
    assert.equal(loanwordVariant(''), undefined);
  });

  test('matches whole terms only: an inflected form is cut by queryTerms first (도커로 → 도커 → docker)', () => {
    assert.equal(loanwordVariant('도커로'), undefined);
    assert.deepEqual(queryTerms('깃허브에서 도커로').map((term) => loanwordVariant(term)), ['github', 'docker']);
  });
});

describe('LOANWORDS', () => {
  test('maps Hangul words to lower-case Latin words, as search terms are', () => {
    for (const [hangul, original] of LOANWORDS) {
      assert.match(hangul, /^[\uAC00-\uD7A3]+$/u, hangul);
      assert.match(original, /^[a-z]+(?: [a-z]+)*$/, original);
    }
  });

  test('holds only words queryTerms hands over unchanged, so every entry can be reached', () => {
    for (const hangul of LOANWORDS.keys()) assert.deepEqual(queryTerms(hangul), [hangul]);
  });
});
