import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLocale, LOCALES, otherLocales, pickLocale } from '../../../src/lib/i18n/locales.ts';

test('Sapjil speaks English and Korean', () => {
  assert.deepEqual([...LOCALES], ['en', 'ko']);
  assert.deepEqual(otherLocales('ko'), ['en']);
});

test('pickLocale matches a browser region tag on its language', () => {
  assert.equal(pickLocale(['ko-KR', 'en-US']), 'ko');
  assert.equal(pickLocale(['fr-FR', 'KO']), 'ko');
  assert.equal(pickLocale(['en_GB']), 'en');
});

test('pickLocale falls back to English for unknown or junk preferences', () => {
  assert.equal(pickLocale(['ja-JP', 'zh']), 'en');
  assert.equal(pickLocale([]), 'en');
  assert.equal(pickLocale(undefined), 'en');
  assert.equal(pickLocale([42, null, '']), 'en');
});

test('isLocale accepts only the exact codes', () => {
  assert.ok(isLocale('ko'));
  assert.ok(!isLocale('ko-KR'));
  assert.ok(!isLocale(undefined));
});
