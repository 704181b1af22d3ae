import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { asciiLower, deriveRequiredLiterals } from '../../../src/lib/lookup/required-literal.ts';

describe('deriveRequiredLiterals', () => {
  test('takes the longest literal run outside groups, lower-cased', () => {
    assert.deepEqual(
      deriveRequiredLiterals(String.raw`failed to push ghcr\.io/(?<owner>[a-z0-9-]+)/(?<image>[^:]+): denied: permission_denied: write_package`),
      [': denied: permission_denied: write_package'],
    );
    assert.deepEqual(deriveRequiredLiterals(String.raw`Process completed with exit code (?<code>\d+)`), ['process completed with exit code ']);
  });

  test('drops a character made optional by ?, * or {0,n}', () => {
    assert.deepEqual(deriveRequiredLiterals('https?://npm'), ['://npm']);
    assert.deepEqual(deriveRequiredLiterals('abcdefx*yz'), ['abcdef']);
    assert.deepEqual(deriveRequiredLiterals('abcdefx{0,3}yz'), ['abcdef']);
  });

  test('reads escaped punctuation as literal text and class escapes as breaks', () => {
    assert.deepEqual(deriveRequiredLiterals(String.raw`npm\.pkg\.github\.com\/\d+`), ['npm.pkg.github.com/']);
  });

  test('gives one literal per top-level alternative', () => {
    assert.deepEqual(deriveRequiredLiterals('401 Unauthorized|403 Forbidden'), ['401 unauthorized', '403 forbidden']);
  });

  test('gives undefined when some alternative has no literal of three characters', () => {
    assert.equal(deriveRequiredLiterals(String.raw`(?<code>\d+) errors?|\w+`), undefined);
    assert.equal(deriveRequiredLiterals('[a-z]+'), undefined);
  });
});

describe('asciiLower', () => {
  test('lower-cases ASCII only, so offsets match the original text', () => {
    assert.equal(asciiLower('İSTANBUL Denied'), 'İstanbul denied');
    assert.equal(asciiLower('İSTANBUL Denied').length, 'İSTANBUL Denied'.length);
  });
});
