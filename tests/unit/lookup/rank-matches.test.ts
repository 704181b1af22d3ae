import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyLines } from '../../../src/lib/lookup/classify-lines.ts';
import { compileRecords } from '../../../src/lib/lookup/compile-records.ts';
import { matchSignatures } from '../../../src/lib/lookup/match-signatures.ts';
import { normalizeLog } from '../../../src/lib/lookup/normalize-log.ts';
import { confidenceOf, rankMatches } from '../../../src/lib/lookup/rank-matches.ts';
import { records } from './fixtures/records.ts';

const index = compileRecords(records);
function rank(text: string, maxHitsPerResult = 5) {
  const log = normalizeLog(text);
  return rankMatches(index, log, classifyLines(log), matchSignatures(index, log).hits, { maxResults: 10, maxHitsPerResult });
}

describe('rankMatches', () => {
  test('scores the same error higher on an error line before the exit code than on a plain line mid-log', () => {
    const filler = Array.from({ length: 300 }, (_, i) => `step output ${i}`);
    const plain = rank(['denied: requested access to the resource is denied', ...filler].join('\n'))[0];
    const marked = rank([...filler, '##[error]denied: requested access to the resource is denied', '##[error]Process completed with exit code 1.'].join('\n'))[0];
    assert.ok(plain && marked);
    // A long, telling phrase on a plain line is worth a hint (medium at most), never "high".
    assert.notEqual(plain.confidence, 'high');
    assert.equal(marked.confidence, 'high');
    assert.ok(marked.score > plain.score);
  });

  test('ranks a capturing regex hit above a bare literal hit on equal lines', () => {
    const results = rank(
      [
        'Error: denied: requested access to the resource is denied',
        'Error: failed to push ghcr.io/acme/app:1.0: denied: installation not allowed to Create organization package',
      ].join('\n'),
    );
    assert.deepEqual(results.map((r) => r.id), ['ghcr-installation-not-allowed', 'docker-push-access-denied']);
  });

  test('adds a little for each further matching line, and no more than three', () => {
    const line = 'ERROR: denied: installation not allowed to Write organization package';
    const one = rank(line)[0]?.score ?? 0;
    const two = rank([line, line].join('\n'))[0]?.score ?? 0;
    const many = rank(Array.from({ length: 10 }, () => line).join('\n'))[0]?.score ?? 0;
    assert.ok(two > one);
    assert.ok(many - one <= 0.12 + 1e-9);
  });

  test('drops the fallback when a specific record matched, and keeps it low otherwise', () => {
    assert.deepEqual(rank('Error: denied: requested access to the resource is denied\nError: Process completed with exit code 1.').map((r) => r.id), ['docker-push-access-denied']);
    const fallback = rank('Error: Process completed with exit code 1.');
    assert.deepEqual(fallback.map((r) => [r.id, r.confidence, r.captures]), [['process-exit-code', 'low', { code: '1' }]]);
  });

  test('keeps the best hits, shown in line order, and reports original line numbers', () => {
    const text = ['Run build', 'denied: requested access to the resource is denied', 'x', 'Error: denied: requested access to the resource is denied'].join('\n');
    const [result] = rank(text, 1);
    assert.deepEqual(result?.hits.map((hit) => hit.line), [4]);
    assert.deepEqual(rank(text)[0]?.hits.map((hit) => hit.line), [2, 4]);
  });

  test('keeps every score between 0 and 1', () => {
    for (const result of rank(Array.from({ length: 50 }, () => 'Error: failed to push ghcr.io/a/b:c: denied: permission_denied: write_package').join('\n'))) {
      assert.ok(result.score >= 0 && result.score <= 1);
    }
  });
});

describe('confidenceOf', () => {
  test('puts 0.6 and up as high, 0.4 and up as medium, the rest as low', () => {
    assert.deepEqual([0.95, 0.6, 0.59, 0.4, 0.39, 0].map(confidenceOf), ['high', 'high', 'medium', 'medium', 'low', 'low']);
  });
});
