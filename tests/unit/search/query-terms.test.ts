import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { queryTerms, STOPWORDS } from '../../../src/lib/search/query-terms.ts';

describe('queryTerms', () => {
  test('keeps the words a reader searches for, in order', () => {
    assert.deepEqual(queryTerms('ghcr 권한'), ['ghcr', '권한']);
    assert.deepEqual(queryTerms('docker login secrets'), ['docker', 'login', 'secrets']);
  });

  test('lowercases, and cuts Korean particles and endings', () => {
    assert.deepEqual(queryTerms('GHCR 푸시했는데 권한을'), ['ghcr', '푸시', '권한']);
    assert.deepEqual(queryTerms('GITHUB_TOKEN이 권한'), ['github_token', '권한']);
    assert.deepEqual(queryTerms('레지스트리에서는 캐시가'), ['레지스트리', '캐시']);
  });

  test('splits a tool name glued to a Korean noun (npm설치 → npm, 설치), also after cutting a particle', () => {
    assert.deepEqual(queryTerms('npm설치'), ['npm', '설치']);
    assert.deepEqual(queryTerms('npm설치가'), ['npm', '설치']);
    assert.deepEqual(queryTerms('v2설치'), ['v2', '설치']);
  });

  test('drops filler words and words that are only an ending', () => {
    assert.deepEqual(queryTerms('how to fix pushing images'), ['pushing', 'images']);
    assert.deepEqual(queryTerms('docker login error'), ['docker', 'login']);
    assert.deepEqual(queryTerms('npm설치 안돼요'), ['npm', '설치']);
    assert.deepEqual(queryTerms('권한이 없어요'), ['권한']);
    assert.deepEqual(queryTerms('캐시 복원 돼요'), ['캐시', '복원']);
  });

  test('drops one-syllable Korean words (키, 못) when other words are left', () => {
    assert.deepEqual(queryTerms('키 설정'), ['설정']);
    assert.deepEqual(queryTerms('파일을 못 찾아요'), ['파일', '찾아요']);
  });

  test('keeps filler and one-syllable words when nothing else is left', () => {
    assert.deepEqual(queryTerms('왜 안 돼요'), ['왜', '안']);
    assert.deepEqual(queryTerms('키'), ['키']);
    assert.deepEqual(queryTerms('how to fix'), ['how', 'to', 'fix']);
  });

  test('splits paths, key=value pairs and quotes into words, and trims edge punctuation', () => {
    assert.deepEqual(queryTerms('ghcr.io/acme/app:main'), ['ghcr.io', 'acme', 'app', 'main']);
    assert.deepEqual(queryTerms('key=value'), ['key', 'value']);
    assert.deepEqual(queryTerms('"docker push" 에러'), ['docker', 'push']);
    assert.deepEqual(queryTerms('--force denied. (ghcr)'), ['force', 'denied', 'ghcr']);
  });

  test('keeps underscores inside and around a word (node_modules, _foo_)', () => {
    assert.deepEqual(queryTerms('node_modules/foo _foo_'), ['node_modules', 'foo', '_foo_']);
  });

  test('gives each term once', () => {
    assert.deepEqual(queryTerms('권한 권한을 권한이 Docker docker'), ['권한', 'docker']);
  });

  test('reads Hangul typed as decomposed jamo (NFD, as macOS may send it) like composed text', () => {
    assert.deepEqual(queryTerms('권한을 푸시'.normalize('NFD')), ['권한', '푸시']);
  });

  test('gives no terms for empty or blank input', () => {
    assert.deepEqual(queryTerms(''), []);
    assert.deepEqual(queryTerms('   \n\t'), []);
    assert.deepEqual(queryTerms('... ---'), []);
  });
});

describe('STOPWORDS', () => {
  test('are lower-case, as the terms they are compared with', () => {
    for (const word of STOPWORDS) assert.equal(word, word.toLowerCase());
  });

  test('hold no word a guide is about', () => {
    for (const word of ['docker', 'ghcr', 'push', 'token', '권한', '푸시', '캐시']) assert.equal(STOPWORDS.has(word), false, word);
  });
});
