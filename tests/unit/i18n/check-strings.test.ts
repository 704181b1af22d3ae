import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en } from '../../../src/i18n/en.ts';
import { uiStringProblems } from '../../../src/i18n/index.ts';
import { checkStringTables, format } from '../../../src/lib/i18n/check-strings.ts';

test('the shipped Korean strings are complete', () => {
  assert.deepEqual(uiStringProblems(), []);
});

test('a missing, extra or empty Korean string is reported by key', () => {
  const { 'guide.toc': _dropped, ...partial } = en;
  const problems = checkStringTables(en, { ko: { ...partial, 'nav.home': '  ', 'guide.tocc': '목차' } });
  assert.deepEqual(problems, [{ lang: 'ko', missing: ['guide.toc'], extra: ['guide.tocc'], empty: ['nav.home'] }]);
});

test('format fills placeholders and leaves unknown ones visible', () => {
  assert.equal(format('{count} guides', { count: 3 }), '3 guides');
  assert.equal(format('Hello {name}', {}), 'Hello {name}');
  assert.equal(format('{a}{a}', { a: 'x' }), 'xx');
});
