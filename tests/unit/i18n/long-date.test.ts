import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longDate } from '../../../src/lib/i18n/long-date.ts';

test('writes the date out in each language, on the UTC day whatever the time zone', () => {
  const late = new Date('2026-11-28T23:30:00Z');
  assert.equal(longDate(late, 'en-US'), 'November 28, 2026');
  assert.equal(longDate(late, 'ko-KR'), '2026년 11월 28일');
  // A second call reuses the formatter and gives the same text.
  assert.equal(longDate(new Date('2026-01-02T00:00:00Z'), 'en-US'), 'January 2, 2026');
});
