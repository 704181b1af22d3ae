import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readingMinutes } from '../../../src/lib/guides/reading-time.ts';

test('a short text still takes a minute', () => {
  assert.equal(readingMinutes('Hello.', 'en'), 1);
  assert.equal(readingMinutes('', 'ko'), 1);
});

test('Korean is counted by syllable and English by word', () => {
  assert.equal(readingMinutes('가'.repeat(1500), 'ko'), 3);
  assert.equal(readingMinutes('word '.repeat(660), 'en'), 3);
});

test('code blocks count less than prose', () => {
  const code = '```yaml\n' + 'key: value\n'.repeat(440) + '```\n';
  assert.equal(readingMinutes(code, 'en'), 1);
});
