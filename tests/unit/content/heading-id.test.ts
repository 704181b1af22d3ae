import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiSlug, splitExplicitId } from '../../../src/lib/content/heading-id.ts';

test('an explicit {#id} suffix is split off the heading text', () => {
  assert.deepEqual(splitExplicitId('원인과 해결 방법 {#causes}'), { text: '원인과 해결 방법', explicitId: 'causes' });
  assert.deepEqual(splitExplicitId('Fix {#fix-permissions}  '), { text: 'Fix', explicitId: 'fix-permissions' });
});

test('braces inside a heading are not taken for an id', () => {
  assert.deepEqual(splitExplicitId('Use ${{ secrets.TOKEN }}'), { text: 'Use ${{ secrets.TOKEN }}' });
  assert.deepEqual(splitExplicitId('Plain heading'), { text: 'Plain heading' });
});

test('English headings get an ASCII slug', () => {
  assert.equal(asciiSlug('The job has no `packages: write`'), 'the-job-has-no-packages-write');
  assert.equal(asciiSlug('“Still” failing?'), 'still-failing');
});

test('a Korean heading gets no slug, so the author must give an id', () => {
  assert.equal(asciiSlug('오류 메시지'), undefined);
  assert.equal(asciiSlug('ghcr.io 권한'), undefined);
  assert.equal(asciiSlug('!!!'), undefined);
});
