import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MIN_SPLIT_SYLLABLES, MIN_TYPO_SYLLABLES, spacedVariants, typoVariant } from '../../../src/lib/search/typo-variant.ts';

describe('typoVariant', () => {
  test('drops the last syllable of a Korean term of three or more syllables (레지스트라 → 레지스트)', () => {
    assert.equal(typoVariant('레지스트라'), '레지스트');
    assert.equal(typoVariant('이미자'), '이미');
  });

  test('leaves terms of fewer than MIN_TYPO_SYLLABLES syllables alone (푸시, 권한)', () => {
    assert.equal(MIN_TYPO_SYLLABLES, 3);
    assert.equal(typoVariant('푸시'), undefined);
    assert.equal(typoVariant('권한'), undefined);
    assert.equal(typoVariant('키'), undefined);
  });

  test('counts only Hangul syllables toward the minimum (ghcr권한 has two)', () => {
    assert.equal(typoVariant('ghcr권한'), undefined);
  });

  test('offers nothing for a term that does not end in Hangul', () => {
    assert.equal(typoVariant('docker'), undefined);
    assert.equal(typoVariant('레지스트리a'), undefined);
    assert.equal(typoVariant(''), undefined);
  });
});

describe('spacedVariants', () => {
  test('reads a four-syllable term as two two-syllable words (작업시간 → 작업 시간)', () => {
    assert.equal(MIN_SPLIT_SYLLABLES, 4);
    assert.deepEqual(spacedVariants('작업시간'), ['작업 시간']);
  });

  test('puts the most even split first, the longer head first among equals', () => {
    assert.deepEqual(spacedVariants('디스크용량'), ['디스크 용량', '디스 크용량']);
    assert.deepEqual(spacedVariants('디스크용량부'), ['디스크 용량부', '디스크용 량부', '디스 크용량부']);
    assert.deepEqual(spacedVariants('디스크용량부족'), ['디스크용 량부족', '디스크 용량부족', '디스크용량 부족', '디스 크용량부족']);
  });

  test('keeps at least two syllables on each side', () => {
    for (const variant of spacedVariants('쿠버네티스배포')) {
      for (const part of variant.split(' ')) assert.ok(part.length >= 2, variant);
    }
  });

  test('offers nothing for short terms or terms with anything but Hangul', () => {
    assert.deepEqual(spacedVariants('레지스'), []);
    assert.deepEqual(spacedVariants('ghcr권한설정'), []);
    assert.deepEqual(spacedVariants('디스크 용량'), []);
    assert.deepEqual(spacedVariants(''), []);
  });
});
