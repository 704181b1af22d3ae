// The site's error records are test fixtures of themselves: every example must rank its own
// record first (high or medium; a fallback only ever low) against ALL the site's records, and no
// counter-example may match its record. A new record that steals another's examples fails here.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileRecords } from '../../../src/lib/lookup/compile-records.ts';
import { lookupLog } from '../../../src/lib/lookup/lookup.ts';
import { siteRecords } from '../lookup/fixtures/records.ts';

const index = compileRecords(siteRecords);

describe('content/errors records', () => {
  test('every record has at least two examples', () => {
    for (const record of siteRecords) assert.ok(record.examples.length >= 2, record.id);
  });

  for (const record of siteRecords) {
    record.examples.forEach((example, i) => {
      test(`${record.id}: example ${i + 1} ranks it first`, () => {
        const matches = lookupLog(index, example).matches;
        const best = matches[0];
        assert.equal(best?.id, record.id, `got ${matches.map((m) => `${m.id}:${m.confidence}`).join(', ') || 'nothing'}`);
        if (record.fallback) assert.equal(best?.confidence, 'low');
        else assert.ok(best?.confidence === 'high' || best?.confidence === 'medium', `confidence was ${best?.confidence}`);
      });
    });
    record.counterExamples.forEach((counterExample, i) => {
      test(`${record.id}: counter-example ${i + 1} does not match it`, () => {
        const ids = lookupLog(index, counterExample).matches.map((m) => m.id);
        assert.equal(ids.includes(record.id), false, `matched: ${ids.join(', ')}`);
      });
    });
  }
});
