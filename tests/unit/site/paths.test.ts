import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guidePath, tagPath, withBase } from '../../../src/lib/site/paths.ts';

test('paths join the base with one slash, for root and sub-path deploys', () => {
  assert.equal(withBase('/', guidePath('ko', 'x')), '/ko/guides/x/');
  assert.equal(withBase('/sapjil', '/en/'), '/sapjil/en/');
  assert.equal(withBase('/sapjil/', 'en/'), '/sapjil/en/');
});

test('tag paths are percent-encoded', () => {
  assert.equal(tagPath('ko', '권한'), '/ko/tags/%EA%B6%8C%ED%95%9C/');
});
