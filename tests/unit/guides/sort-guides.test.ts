import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byRecent, sortGuides } from '../../../src/lib/guides/sort-guides.ts';
import { guide } from './fixtures.ts';

test('weight orders lower first and unweighted guides last', () => {
  const sorted = sortGuides([guide('none'), guide('ten', { weight: 10 }), guide('one', { weight: 1 })]);
  assert.deepEqual(sorted.map((g) => g.slug), ['one', 'ten', 'none']);
});

test('equal weights fall back to the most recent change', () => {
  const sorted = sortGuides([
    guide('old', { weight: 1, date: new Date('2020-01-01') }),
    guide('updated', { weight: 1, date: new Date('2019-01-01'), updated: new Date('2025-01-01') }),
  ]);
  assert.deepEqual(sorted.map((g) => g.slug), ['updated', 'old']);
});

test('recent order uses updated over date and leaves the input alone', () => {
  const input = [guide('a', { date: new Date('2024-01-01') }), guide('b', { date: new Date('2023-01-01'), updated: new Date('2026-01-01') })];
  assert.deepEqual(sortGuides(input, byRecent).map((g) => g.slug), ['b', 'a']);
  assert.equal(input[0]?.slug, 'a');
});
