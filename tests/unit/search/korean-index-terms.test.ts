import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { koreanIndexTerms, koreanSiteIndexTerms, koreanStems, koreanVocabulary, splitCompound } from '../../../src/lib/search/korean-index-terms.ts';

// Sentences as the Korean guides write them (raw MDX bodies are what gets indexed).
const GUIDE_TEXTS = [
  '클라이언트는 이 순서로 데몬 주소를 골라요. `DOCKER_HOST` 환경 변수, 그다음 현재 *컨텍스트*',
  '러너의 디스크 용량이 부족하면 job이 실패해요.',
  '환경변수 이름은 대문자로 쓰세요.',
  '다른 레지스트리에도 푸시한다면 그 레지스트리용 login-action 단계를 하나 더 추가하세요.',
];
const vocabulary = koreanVocabulary(GUIDE_TEXTS);

describe('koreanStems', () => {
  test('gives the stems of Korean words in order, with particles and endings cut', () => {
    assert.deepEqual(koreanStems('러너의 디스크 용량이 부족하면'), ['러너', '디스크', '용량', '부족']);
  });

  test('breaks the run with undefined at non-Korean words, one-syllable words and verb forms', () => {
    assert.deepEqual(koreanStems('`DOCKER_HOST` 환경 변수, 그다음 이 순서로 골라요.'), [undefined, '환경', '변수', '그다음', undefined, '순서', undefined]);
    assert.deepEqual(koreanStems('대문자로 쓰세요'), ['대문자', undefined]);
  });

  test('skips words that are only a particle or an ending (하고, 돼요)', () => {
    assert.deepEqual(koreanStems('하고 에서는 돼요'), [undefined, undefined, undefined]);
  });

  test('trims punctuation and markdown around a word (*컨텍스트*, 변수,)', () => {
    assert.deepEqual(koreanStems('*컨텍스트* 변수, (레지스트리)'), ['컨텍스트', '변수', '레지스트리']);
  });

  test('keeps a word whose particle follows a closing bracket or emphasis (푸시)는, **러너**는)', () => {
    assert.deepEqual(koreanStems('(ghcr 푸시)는 **러너**는').filter((stem) => stem !== undefined), ['푸시', '러너']);
  });

  test('reads decomposed Hangul (NFD) like composed text', () => {
    assert.deepEqual(koreanStems('환경 변수를'.normalize('NFD')), ['환경', '변수']);
  });

  test('gives nothing for empty text', () => {
    assert.deepEqual(koreanStems(''), []);
  });
});

describe('koreanVocabulary', () => {
  test('collects every stem of two or more syllables across texts, once', () => {
    assert.ok(vocabulary.has('환경'));
    assert.ok(vocabulary.has('변수'));
    assert.ok(vocabulary.has('환경변수'));
    assert.ok(vocabulary.has('레지스트리'));
    assert.ok(vocabulary.has('디스크'));
    assert.equal(vocabulary.has('이'), false);
    assert.equal(vocabulary.has('골라요'), false);
    assert.equal(vocabulary.has('DOCKER_HOST'), false);
  });

  test('is empty for no texts', () => {
    assert.equal(koreanVocabulary([]).size, 0);
  });
});

describe('splitCompound', () => {
  test('splits a compound into words the corpus writes on their own (환경변수 → 환경, 변수)', () => {
    assert.deepEqual(splitCompound('환경변수', vocabulary), ['환경', '변수']);
    assert.deepEqual(splitCompound('디스크용량부족', vocabulary), ['디스크', '용량', '부족']);
  });

  test('tries the longest first part first', () => {
    const words = new Set(['디스', '디스크', '크용량', '용량']);
    assert.deepEqual(splitCompound('디스크용량', words), ['디스크', '용량']);
  });

  test('backs off to a shorter first part when the longer one leaves no split', () => {
    const words = new Set(['디스', '디스크', '크용량']);
    assert.deepEqual(splitCompound('디스크용량', words), ['디스', '크용량']);
  });

  test('leaves a word whole when no split covers it (레지스트리: 레지스 is no word)', () => {
    assert.equal(splitCompound('레지스트리', vocabulary), undefined);
    assert.equal(splitCompound('환경변수값', vocabulary), undefined);
  });

  test('never makes a one-syllable part', () => {
    assert.equal(splitCompound('환경변', new Set(['환경', '변'])), undefined);
  });

  test('makes at most maxParts parts', () => {
    assert.equal(splitCompound('환경변수', vocabulary, 1), undefined);
    assert.equal(splitCompound('디스크용량부족', vocabulary, 2), undefined);
    assert.deepEqual(splitCompound('디스크용량부족', vocabulary, 3), ['디스크', '용량', '부족']);
  });
});

describe('koreanIndexTerms', () => {
  test('adds the later parts of a compound and the tails they form (디스크용량부족 → 용량, 용량부족, 부족)', () => {
    assert.deepEqual(koreanIndexTerms('디스크용량부족 오류가 납니다', vocabulary).sort(), ['부족', '용량', '용량부족'].sort());
  });

  test('does not add the first part, which prefix search already finds', () => {
    assert.equal(koreanIndexTerms('환경변수를 설정하세요', vocabulary).includes('환경'), false);
    assert.deepEqual(koreanIndexTerms('환경변수를 설정하세요', vocabulary), ['변수']);
  });

  test('joins two neighbouring words the corpus also writes as one (환경 변수 → 환경변수)', () => {
    assert.deepEqual(koreanIndexTerms('`DOCKER_HOST` 환경 변수를 읽어요', vocabulary), ['환경변수']);
  });

  test('does not join words across a non-Korean word', () => {
    assert.deepEqual(koreanIndexTerms('환경 DOCKER_HOST 변수', vocabulary), []);
  });

  test('leaves out words the page already has', () => {
    assert.deepEqual(koreanIndexTerms('환경변수를 쓰거나 환경 변수를 쓰세요', vocabulary), []);
  });

  test('adds nothing for words that do not split or join', () => {
    assert.deepEqual(koreanIndexTerms('다른 레지스트리에 푸시', vocabulary), []);
    assert.deepEqual(koreanIndexTerms('', vocabulary), []);
  });
});

describe('koreanSiteIndexTerms', () => {
  test('gives each text the terms koreanIndexTerms gives it with the vocabulary of all the texts', () => {
    const site = koreanSiteIndexTerms(new Map(GUIDE_TEXTS.map((text, i) => [i, text])));
    assert.equal(site.size, GUIDE_TEXTS.length);
    GUIDE_TEXTS.forEach((text, i) => assert.deepEqual(site.get(i), koreanIndexTerms(text, vocabulary)));
    // The first text writes 환경 변수 apart; the third text's 환경변수 makes the join a word.
    assert.deepEqual(site.get(0), ['환경변수']);
  });

  test('gives nothing for no texts', () => {
    assert.equal(koreanSiteIndexTerms(new Map()).size, 0);
  });
});
