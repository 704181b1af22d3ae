import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildAutomaton, scanText } from '../../../src/lib/lookup/aho-corasick.ts';

function occurrences(patterns: string[], text: string): [string, number][] {
  const found: [string, number][] = [];
  scanText(buildAutomaton(patterns), text, text.length, (id, end) => found.push([patterns[id] ?? '', end]));
  return found;
}

describe('Aho–Corasick automaton', () => {
  test('finds overlapping patterns and patterns inside others in one pass', () => {
    assert.deepEqual(occurrences(['he', 'she', 'his', 'hers'], 'ushers'), [
      ['she', 4],
      ['he', 4],
      ['hers', 6],
    ]);
  });

  test('ignores ASCII case without changing offsets', () => {
    const text = 'İ ERROR: Denied: Permission_Denied: WRITE_PACKAGE';
    const [found] = occurrences(['denied: permission_denied: write_package'], text);
    assert.ok(found);
    assert.equal(text.slice(found[1] - 'denied: permission_denied: write_package'.length, found[1]), 'Denied: Permission_Denied: WRITE_PACKAGE');
  });

  test('finds nothing in text made of characters no pattern has', () => {
    assert.deepEqual(occurrences(['ghcr.io'], '한국어 로그 \u0000\uffff'), []);
  });

  test('reads no further than the limit it is given', () => {
    const found: number[] = [];
    scanText(buildAutomaton(['denied']), 'ok denied', 5, (_id, end) => found.push(end));
    assert.deepEqual(found, []);
  });
});
