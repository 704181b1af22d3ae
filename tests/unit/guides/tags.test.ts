import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectTags, tagSlug } from '../../../src/lib/guides/tags.ts';
import { guide } from './fixtures.ts';

test('tag slugs are URL-safe and stable', () => {
  assert.equal(tagSlug('CI/CD'), 'ci-cd');
  assert.equal(tagSlug('GitHub Actions'), 'github-actions');
  assert.equal(tagSlug('  Docker  '), 'docker');
  assert.equal(tagSlug('권한 설정'), '권한-설정');
});

test('tags are counted once per guide, most used first', () => {
  const tags = collectTags([
    guide('a', { tags: ['Docker', 'GitHub Actions', 'docker'] }),
    guide('b', { tags: ['GitHub Actions'] }),
  ]);
  assert.deepEqual(tags, [
    { tag: 'GitHub Actions', slug: 'github-actions', count: 2 },
    { tag: 'Docker', slug: 'docker', count: 1 },
  ]);
});
