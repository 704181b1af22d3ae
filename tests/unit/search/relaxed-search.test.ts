import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relaxedSearch, type EngineHit, type EngineSearch } from '../../../src/lib/search/relaxed-search.ts';

interface Page {
  id: string;
  words: string[];
}

// A tiny engine with Pagefind's semantics as relaxedSearch relies on them: each query word
// matches page words that start with it, every known word must match, a word no page has is
// ignored, and the score is the number of page words that matched.
function fakeEngine(texts: Record<string, string>) {
  const pages: Page[] = Object.entries(texts).map(([id, text]) => ({ id, words: text.toLowerCase().split(/\s+/) }));
  const calls: string[] = [];
  const search: EngineSearch<Page> = async (query) => {
    calls.push(query);
    const words = query.toLowerCase().split(/\s+/).filter((word) => word !== '');
    const known = words.filter((word) => pages.some((page) => page.words.some((w) => w.startsWith(word))));
    if (known.length === 0) return [];
    const hits: EngineHit<Page>[] = [];
    for (const page of pages) {
      if (!known.every((word) => page.words.some((w) => w.startsWith(word)))) continue;
      const score = page.words.filter((w) => known.some((word) => w.startsWith(word))).length;
      hits.push({ id: page.id, score, item: page });
    }
    return hits.sort((a, b) => b.score - a.score);
  };
  return { search, calls, pages };
}

const site = fakeEngine({
  'ghcr-write-package': 'ghcr ghcr 푸시 권한 write_package 레지스트리 denied',
  'ghcr-installation': 'ghcr 권한 installation 레지스트리',
  'ghcr-read': 'ghcr 권한 read_package',
  'docker-push-denied': 'docker docker 푸시 denied 레지스트리 hub',
  'docker-login': 'docker login secrets',
  'disk-space': '디스크 용량 부족 no space left',
  'job-timeout': '작업 시간 초과 timeout 이미지',
  'workflow-permissions': 'workflow permissions 워크 트리',
});

const ids = (hits: readonly { id: string }[]) => hits.map((hit) => hit.id);

describe('relaxedSearch', () => {
  test('puts pages with every term first, in the engine order, then pages with most terms', async () => {
    const { terms, hits } = await relaxedSearch(['ghcr', '푸시', '권한'], site.search);
    assert.deepEqual(terms, ['ghcr', '푸시', '권한']);
    assert.deepEqual(
      hits.map((hit) => [hit.id, hit.matchedTerms]),
      [
        ['ghcr-write-package', 3],
        ['ghcr-installation', 2],
        ['ghcr-read', 2],
        ['docker-push-denied', 1],
      ],
    );
  });

  test('orders pages with as many terms by their score relative to each term’s best page', async () => {
    // docker-push-denied has `docker` twice (the best page for it); docker-login once.
    const { hits } = await relaxedSearch(['docker', '용량'], site.search);
    assert.deepEqual(ids(hits), ['docker-push-denied', 'disk-space', 'docker-login']);
    assert.ok(hits.every((hit) => hit.matchedTerms === 1));
  });

  test('hands back the engine’s own result objects', async () => {
    const { hits } = await relaxedSearch(['installation'], site.search);
    assert.equal(hits[0]?.item, site.pages.find((page) => page.id === 'ghcr-installation'));
  });

  test('drops terms that find nothing and says which terms it searched for', async () => {
    const { terms, hits } = await relaxedSearch(['ghcr', 'kubernetes', '권한'], site.search);
    assert.deepEqual(terms, ['ghcr', '권한']);
    assert.deepEqual(ids(hits), ['ghcr-write-package', 'ghcr-installation', 'ghcr-read']);
    assert.ok(hits.every((hit) => hit.matchedTerms === 2));
  });

  test('with one known term, gives that term’s pages in the engine order; only the combined search started up front was made', async () => {
    const calls = fakeEngine({ a: 'denied denied', b: 'denied' });
    const { terms, hits } = await relaxedSearch(['denied', 'zzz'], calls.search);
    assert.deepEqual(terms, ['denied']);
    assert.deepEqual(hits.map((hit) => [hit.id, hit.matchedTerms]), [['a', 1], ['b', 1]]);
    // The search for every typed term starts before anyone knows zzz finds nothing; no other follows.
    assert.deepEqual(calls.calls.filter((query) => query.includes(' ')), ['denied zzz']);
  });

  test('finds nothing, and searches for no terms, when no term is known', async () => {
    assert.deepEqual(await relaxedSearch(['kubernetes', 'helm'], site.search), { terms: [], hits: [] });
  });

  test('searches nothing for no terms', async () => {
    const engine = fakeEngine({ a: 'ghcr' });
    assert.deepEqual(await relaxedSearch([], engine.search), { terms: [], hits: [] });
    assert.deepEqual(engine.calls, []);
  });

  test('does not try variants of a term that finds something', async () => {
    const engine = fakeEngine({ a: '레지스트리 푸시', b: '레지스트리' });
    await relaxedSearch(['레지스트리'], engine.search);
    assert.deepEqual(engine.calls, ['레지스트리']);
  });

  test('tries a Hangul tool name as the guides spell it (도커 → docker)', async () => {
    const { terms, hits } = await relaxedSearch(['도커', '푸시'], site.search);
    assert.deepEqual(terms, ['docker', '푸시']);
    assert.deepEqual(hits[0], { id: 'docker-push-denied', item: hits[0]?.item, matchedTerms: 2 });
  });

  test('tries the tool name before reading the term as two words (워크플로우 → workflow, not 워크 플로우)', async () => {
    const engine = fakeEngine({ a: 'workflow permissions 워크 트리' });
    const { terms } = await relaxedSearch(['워크플로우'], engine.search);
    assert.deepEqual(terms, ['workflow']);
    assert.deepEqual(engine.calls, ['워크플로우', 'workflow']);
  });

  test('reads a Korean term written without its space as two words, which count as two terms (디스크용량)', async () => {
    const { terms, hits } = await relaxedSearch(['디스크용량'], site.search);
    assert.deepEqual(terms, ['디스크', '용량']);
    assert.deepEqual(hits.map((hit) => [hit.id, hit.matchedTerms]), [['disk-space', 2]]);

    const withAnother = await relaxedSearch(['작업시간', '초과'], site.search);
    assert.deepEqual(withAnother.terms, ['작업', '시간', '초과']);
    assert.deepEqual(withAnother.hits.map((hit) => [hit.id, hit.matchedTerms]), [['job-timeout', 3]]);
  });

  test('drops the last syllable of a Korean term that still finds nothing (이미자 → 이미)', async () => {
    const { terms, hits } = await relaxedSearch(['이미자'], site.search);
    assert.deepEqual(terms, ['이미']);
    assert.deepEqual(ids(hits), ['job-timeout']);
  });

  test('reads a typo as a typo, not as two words of which only one exists (레지스트라 푸시)', async () => {
    const { terms, hits } = await relaxedSearch(['레지스트라', '푸시'], site.search);
    // Each word of a two-word reading must exist on its own, so "레지스 트라" is refused and the
    // typo fix (레지스트) is tried.
    assert.deepEqual(terms, ['레지스트', '푸시']);
    assert.deepEqual(hits.map((hit) => [hit.id, hit.matchedTerms]), [
      ['ghcr-write-package', 2],
      ['docker-push-denied', 2],
      ['ghcr-installation', 1],
    ]);
  });
});
