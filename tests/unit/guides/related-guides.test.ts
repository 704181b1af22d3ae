import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GuideSummary } from '../../../src/lib/guides/guide-summary.ts';
import { relatedGuideFinder } from '../../../src/lib/guides/related-guides.ts';
import { byWeight } from '../../../src/lib/guides/sort-guides.ts';
import { tagSlug } from '../../../src/lib/guides/tags.ts';
import { guide } from './fixtures.ts';

test('related guides share tags, most shared first, never the guide itself', () => {
  const current = guide('ghcr', { tags: ['Docker', 'GitHub Actions', 'Permissions'] });
  const all = [
    current,
    guide('one-tag', { tags: ['Docker'] }),
    guide('two-tags', { tags: ['GitHub Actions', 'Permissions'] }),
    guide('unrelated', { tags: ['npm'] }),
  ];
  assert.deepEqual(relatedGuideFinder(all)(current).map((g) => g.slug), ['two-tags', 'one-tag']);
  assert.equal(relatedGuideFinder(all)(current, 1).length, 1);
});

test('tags that slug alike count as the same tag', () => {
  const current = guide('a', { tags: ['CI/CD'] });
  assert.deepEqual(relatedGuideFinder([guide('b', { tags: ['ci-cd'] })])(current).map((g) => g.slug), ['b']);
});

/** The plain definition: every guide sharing a tag, sorted (stably) by shared tags, then weight. */
function sortedRelated(current: GuideSummary, all: readonly GuideSummary[], limit: number): string[] {
  const mine = new Set(current.tags.map(tagSlug));
  return all
    .filter((g) => g.slug !== current.slug)
    .map((g) => ({ g, shared: g.tags.filter((t) => mine.has(tagSlug(t))).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || byWeight(a.g, b.g))
    .slice(0, limit)
    .map((x) => x.g.slug);
}

test('the finder picks what sorting every candidate picks, ties included', () => {
  // Few tags, weights and dates so that many guides tie; a fixed seed keeps the case reproducible.
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const TAGS = ['Docker', 'docker', 'GitHub Actions', 'npm', 'CI/CD', 'ci-cd', 'Permissions', 'Cache'];
  const all = Array.from({ length: 300 }, (_, i) =>
    guide(`g${i}`, {
      title: `Guide ${next(40)}`,
      tags: Array.from({ length: next(4) }, () => TAGS[next(TAGS.length)]!),
      lastVerified: new Date(Date.UTC(2026, next(3), 1)),
      ...(next(3) === 0 ? { weight: next(3) } : {}),
    }),
  );
  const find = relatedGuideFinder(all);
  for (const limit of [1, 5, 12]) {
    for (const current of all) assert.deepEqual(find(current, limit).map((g) => g.slug), sortedRelated(current, all, limit), `${current.slug}, limit ${limit}`);
  }
});
