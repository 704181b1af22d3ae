import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { maskControlCharacters } from '../../../src/lib/lookup/strip-terminal-codes.ts';

describe('maskControlCharacters', () => {
  test('shows NUL, BEL, backspace, DEL and C1 controls as U+FFFD, keeping offsets', () => {
    assert.equal(maskControlCharacters('a\u0000b\u0007c\u0008d\u007fe\u0085f'), 'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf');
  });

  test('shows bidirectional overrides and isolates as U+FFFD, so a line cannot read backwards', () => {
    const hostile = '\u202Eevil\u202C \u2066x\u2069 \u061C';
    const shown = maskControlCharacters(hostile);
    assert.equal(shown.length, hostile.length);
    assert.doesNotMatch(shown, /[\u202A-\u202E\u2066-\u2069\u061C]/);
  });

  test('keeps tab, line breaks, Korean and other printable text as they are', () => {
    const text = 'a\tb\nc\r권한 — ü €';
    assert.equal(maskControlCharacters(text), text);
  });
});
