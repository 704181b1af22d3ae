import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  hangulLength,
  HANGUL_SYLLABLE,
  isKoreanSuffix,
  KOREAN_SUFFIXES,
  MIN_KOREAN_STEM,
  stripKoreanSuffix,
} from '../../../src/lib/search/korean-suffix.ts';

describe('stripKoreanSuffix', () => {
  test('cuts a particle off a noun (권한을 → 권한, 레지스트리에서는 → 레지스트리)', () => {
    assert.equal(stripKoreanSuffix('권한을'), '권한');
    assert.equal(stripKoreanSuffix('권한이'), '권한');
    assert.equal(stripKoreanSuffix('레지스트리에서는'), '레지스트리');
    assert.equal(stripKoreanSuffix('이미지를'), '이미지');
    assert.equal(stripKoreanSuffix('서버에서'), '서버');
  });

  test('cuts a verb ending off a noun (푸시했는데 → 푸시, 복원되지 → 복원)', () => {
    assert.equal(stripKoreanSuffix('푸시했는데'), '푸시');
    assert.equal(stripKoreanSuffix('복원되지'), '복원');
    assert.equal(stripKoreanSuffix('설정하려면'), '설정');
    assert.equal(stripKoreanSuffix('실패했어요'), '실패');
    assert.equal(stripKoreanSuffix('로그인했는데'), '로그인');
  });

  test('cuts the particle after a Latin word and keeps its case (ghcr에, GITHUB_TOKEN이, v2에서)', () => {
    assert.equal(stripKoreanSuffix('ghcr에'), 'ghcr');
    assert.equal(stripKoreanSuffix('GITHUB_TOKEN이'), 'GITHUB_TOKEN');
    assert.equal(stripKoreanSuffix('npm을'), 'npm');
    assert.equal(stripKoreanSuffix('v2에서'), 'v2');
  });

  test('leaves a bare stem alone, even one that ends like a suffix (권한 ends in 한)', () => {
    assert.equal(stripKoreanSuffix('권한'), '권한');
    assert.equal(stripKoreanSuffix('푸시'), '푸시');
    assert.equal(stripKoreanSuffix('레지스트리'), '레지스트리');
  });

  test('never leaves a one-syllable Korean stem (키를, 깃에 stay whole)', () => {
    assert.equal(stripKoreanSuffix('키를'), '키를');
    assert.equal(stripKoreanSuffix('깃에'), '깃에');
    for (const suffix of KOREAN_SUFFIXES) {
      const stripped = stripKoreanSuffix(`키${suffix}`);
      assert.notEqual(stripped, '키', `키${suffix} was cut to one syllable`);
      assert.ok(hangulLength(stripped) >= MIN_KOREAN_STEM, `키${suffix} → ${stripped}`);
    }
  });

  test('cuts the longest suffix it knows (에서는, not 는)', () => {
    assert.equal(stripKoreanSuffix('도커에서는'), '도커');
    assert.equal(stripKoreanSuffix('캐시에서도'), '캐시');
  });

  test('cuts at most one suffix', () => {
    // 푸시하고를 is no real word, but shows one cut: 를 goes, 하고 stays.
    assert.equal(stripKoreanSuffix('푸시하고를'), '푸시하고');
  });

  test('returns words that do not end in Hangul unchanged', () => {
    assert.equal(stripKoreanSuffix('docker'), 'docker');
    assert.equal(stripKoreanSuffix('권한을?'), '권한을?');
    assert.equal(stripKoreanSuffix(''), '');
  });

  test('does not strip a suffix off a stem with no letters or digits (.에)', () => {
    assert.equal(stripKoreanSuffix('.에'), '.에');
  });
});

describe('isKoreanSuffix', () => {
  test('is true for a word that is only a particle or an ending', () => {
    for (const word of ['돼요', '했는데', '에서는', '을', '습니다']) assert.equal(isKoreanSuffix(word), true, word);
  });

  test('is false for nouns and Latin words', () => {
    for (const word of ['권한', '푸시', 'ghcr', '']) assert.equal(isKoreanSuffix(word), false, word);
  });
});

describe('KOREAN_SUFFIXES', () => {
  test('lists the longest suffixes first, without duplicates', () => {
    const lengths = KOREAN_SUFFIXES.map((suffix) => suffix.length);
    assert.deepEqual(lengths, [...lengths].sort((a, b) => b - a));
    assert.equal(new Set(KOREAN_SUFFIXES).size, KOREAN_SUFFIXES.length);
    assert.ok(KOREAN_SUFFIXES.indexOf('에서는') < KOREAN_SUFFIXES.indexOf('는'));
  });

  test('holds only Hangul syllables', () => {
    assert.ok(KOREAN_SUFFIXES.every((suffix) => suffix !== '' && /^[\uAC00-\uD7A3]+$/u.test(suffix)));
  });
});

describe('hangulLength', () => {
  test('counts Hangul syllables only', () => {
    assert.equal(hangulLength('ghcr 권한을'), 3);
    assert.equal(hangulLength('GITHUB_TOKEN'), 0);
    assert.equal(hangulLength(''), 0);
  });

  test('does not count loose jamo (ㅋㅋ), which are no syllables', () => {
    assert.equal(hangulLength('ㅋㅋ'), 0);
    assert.equal(HANGUL_SYLLABLE.test('ㅋ'), false);
  });
});
