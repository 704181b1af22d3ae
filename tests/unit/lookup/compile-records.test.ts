import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkRecords } from '../../../src/lib/lookup/check-records.ts';
import { compileRecords, RecordCompileError } from '../../../src/lib/lookup/compile-records.ts';
import type { ErrorRecord, Signature } from '../../../src/lib/lookup/types.ts';
import { records } from './fixtures/records.ts';

function signature(fields: Partial<Signature>): Signature {
  return { requires: [], excludes: [], window: 3, weight: 1, ...fields };
}
function record(id: string, signatures: Signature[]): ErrorRecord {
  return { id, guide: 'some-guide', anchor: 'causes', message: id, links: [], fallback: false, signatures, examples: ['a', 'b'], counterExamples: [] };
}

describe('compileRecords', () => {
  test('compiles the fixture records into one automaton over shared, lower-cased phrases', () => {
    const index = compileRecords(records);
    assert.equal(index.signatures.length, records.reduce((n, r) => n + r.signatures.length, 0));
    assert.equal(new Set(index.patterns).size, index.patterns.length);
    assert.ok(index.patterns.every((p) => p === p.replace(/[A-Z]/g, (c) => c.toLowerCase())));
    assert.ok(index.patterns.includes('ghcr.io'));
  });

  test('rates a capturing regex above a long literal, and a long literal above a short one', () => {
    const index = compileRecords([
      record('a', [
        signature({ regex: String.raw`failed to push ghcr\.io/(?<owner>[\w-]+)/(?<image>[\w-]+): denied: permission_denied: write_package` }),
        signature({ literal: 'denied: requested access to the resource is denied' }),
        signature({ literal: 'denied: denied' }),
      ]),
    ]);
    const [regex, long, short] = index.signatures.map((s) => s.specificity);
    assert.ok((regex ?? 0) > (long ?? 0) && (long ?? 0) > (short ?? 0));
  });

  test('fails with the record, the field and what was expected for a broken regex', () => {
    assert.throws(
      () => compileRecords([record('broken-regex', [signature({ regex: 'denied: (?<owner>[a-z' })])]),
      (error: unknown) =>
        error instanceof RecordCompileError &&
        error.problems.some((p) => p.id === 'broken-regex' && p.field === 'signatures[0].regex' && /not a valid JavaScript regex/.test(p.message)),
    );
  });

  test('fails on a duplicate id', () => {
    const problems = checkRecords([record('same-id', [signature({ literal: 'abc def' })]), record('same-id', [signature({ literal: 'ghi jkl' })])]);
    assert.deepEqual(problems.map((p) => p.message), ['duplicate id "same-id"']);
  });

  test('fails on a regex with no literal for the prefilter unless one is declared', () => {
    const bare = signature({ regex: String.raw`(?<code>\d+) \w+` });
    assert.equal(checkRecords([record('no-literal', [bare])])[0]?.field, 'signatures[0].regex');
    assert.deepEqual(checkRecords([record('declared', [{ ...bare, regex: String.raw`(?<code>\d+) errors?`, requiredLiteral: ' error' }])]), []);
  });

  test('fails on a signature with both or neither of literal and regex', () => {
    const problems = checkRecords([record('both', [signature({ literal: 'abc', regex: 'abc' }), signature({})])]);
    assert.deepEqual(problems.map((p) => p.field), ['signatures[0].literal', 'signatures[1].literal']);
  });
});
