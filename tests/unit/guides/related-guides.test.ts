import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relatedGuides } from '../../../src/lib/guides/related-guides.ts';
import { guide } from './fixtures.ts';

test('related guides share tags, most shared first, never the guide itself', () => {
  const current = guide('ghcr', { tags: ['Docker', 'GitHub Actions', 'Permissions'] });
  const all = [
    current,
    guide('one-tag', { tags: ['Docker'] }),
    guide('two-tags', { tags: ['GitHub Actions', 'Permissions'] }),
    guide('unrelated', { tags: ['npm'] }),
  ];
  assert.deepEqual(relatedGuides(current, all).map((g) => g.slug), ['two-tags', 'one-tag']);
  assert.equal(relatedGuides(current, all, 1).length, 1);
});
