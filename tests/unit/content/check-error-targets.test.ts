import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkErrorTargets } from '../../../src/lib/content/check-error-targets.ts';

const guides = [
  { lang: 'en' as const, slug: 'ghcr', anchors: ['causes', 'fix'] },
  { lang: 'ko' as const, slug: 'ghcr', anchors: ['causes'] },
];

test('a record pointing at an anchor both languages have passes', () => {
  assert.deepEqual(checkErrorTargets([{ id: 'a', guide: 'ghcr', anchor: 'causes' }], guides), []);
});

test('an anchor missing in one language is reported for that language', () => {
  const problems = checkErrorTargets([{ id: 'a', guide: 'ghcr', anchor: 'fix' }], guides);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.field, 'anchor');
  assert.match(problems[0]?.message ?? '', /content\/guides\/ko\/ghcr\.mdx has no heading \{#fix\}/);
});

test('a missing guide is reported once per language', () => {
  const problems = checkErrorTargets([{ id: 'a', guide: 'nope', anchor: 'causes' }], guides);
  assert.deepEqual(problems.map((p) => p.field), ['guide', 'guide']);
});
