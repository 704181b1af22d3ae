// Real failing CI logs whose cause is none of the known errors (compiler errors, failing tests,
// lint, other tools' auth errors): the engine must not claim a known id for them with high or
// medium confidence, as pasted or buried in the middle of a long log.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { compileRecords } from '../../../src/lib/lookup/compile-records.ts';
import { lookupLog } from '../../../src/lib/lookup/lookup.ts';
import { noisyLog } from '../lookup/fixtures/noisy-log.ts';
import { siteRecords } from '../lookup/fixtures/records.ts';

const dir = fileURLToPath(new URL('../../fixtures/eval/other/', import.meta.url));
const index = compileRecords(siteRecords);
const claims = (text: string) =>
  lookupLog(index, text).matches.filter((m) => m.confidence !== 'low').map((m) => `${m.id}:${m.confidence}`);

describe('unrelated real failures (tests/fixtures/eval/other)', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.log'));
  test('there are some', () => assert.ok(files.length >= 10));
  for (const file of files) {
    const text = readFileSync(`${dir}${file}`, 'utf8');
    test(`${file}: no high or medium claim, as pasted or buried`, () => {
      assert.deepEqual(claims(text), []);
      assert.deepEqual(claims(noisyLog({ lines: 3000, buried: [{ at: 1500, text }] })), []);
    });
  }
});
