import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFrontMatterDates, isRealIsoDate } from '../../../src/lib/content/front-matter-dates.ts';

test('Hugo-style dates and date-times are accepted', () => {
  for (const v of ['2021-11-21T16:47:01+09:00', '2026-11-28', '2024-02-29', '2024-01-01T00:00:00Z', '2024-01-01 10:00']) {
    assert.ok(isRealIsoDate(v), v);
  }
});

test('impossible or malformed dates are refused', () => {
  for (const v of ['2024-13-45', '2023-02-29', '2024-1-5', 'yesterday', '2024-01-01T25:00:00Z', '']) {
    assert.ok(!isRealIsoDate(v), v);
  }
});

test('a bad date in front matter is reported with its line and field', () => {
  const source = ['---', 'title: "x"', 'date: 2024-13-45', "lastVerified: '2026-11-28'", 'weight: 1', '---', 'date: not front matter'].join('\n');
  const problems = checkFrontMatterDates(source);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.line, 3);
  assert.equal(problems[0]?.field, 'date');
  assert.match(problems[0]?.message ?? '', /not a real date/);
});

test('files without front matter yield nothing', () => {
  assert.deepEqual(checkFrontMatterDates('# just text'), []);
});
