import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileRecords } from '../../../src/lib/lookup/compile-records.ts';
import { lookupLog } from '../../../src/lib/lookup/lookup.ts';
import { noisyLog } from './fixtures/noisy-log.ts';
import { records } from './fixtures/records.ts';

const index = compileRecords(records);
const GHCR_ERROR = '#13 ERROR: failed to push ghcr.io/acme/site:latest: denied: permission_denied: write_package';
const known = (text: unknown) => lookupLog(index, text).matches.filter((m) => m.confidence !== 'low');

describe('lookupLog', () => {
  test('finds a ghcr error buried in the middle of a 5,000-line noisy log, with high confidence and its line number', () => {
    const text = noisyLog({ lines: 5_000, buried: [{ at: 2_500, text: GHCR_ERROR }] });
    const { matches, lineCount } = lookupLog(index, text);
    assert.equal(lineCount, 5_000);
    assert.equal(matches[0]?.id, 'ghcr-permission-denied-write-package');
    assert.equal(matches[0]?.confidence, 'high');
    const buriedAt = text.split('\n').findIndex((line) => line.endsWith(GHCR_ERROR)) + 1;
    assert.ok(buriedAt >= 2_501 && buriedAt < 2_510);
    assert.deepEqual(matches[0]?.hits.map((hit) => hit.line), [buriedAt]);
    assert.deepEqual(matches[0]?.captures, { owner: 'acme', image: 'site', tag: 'latest' });
  });

  test('highlights the matched words in the hit text', () => {
    const [match] = lookupLog(index, `2024-05-01T12:00:00.0000000Z ${GHCR_ERROR}`).matches;
    const hit = match?.hits[0];
    assert.ok(hit);
    assert.deepEqual(hit.ranges.map(([from, to]) => hit.text.slice(from, to)), ['ghcr.io/acme/site:latest: denied: permission_denied: write_package']);
  });

  test('gives no high or medium match for a failed TypeScript build', () => {
    const text = [
      '##[group]Run npx tsc --noEmit',
      'npx tsc --noEmit',
      '##[endgroup]',
      "src/lib/lookup/rank-matches.ts(42,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      'Found 1 error in src/lib/lookup/rank-matches.ts:42',
      '##[error]Process completed with exit code 2.',
    ].join('\n');
    assert.deepEqual(known(text), []);
    assert.deepEqual(lookupLog(index, text).matches.map((m) => `${m.id}:${m.confidence}`), ['process-exit-code:low']);
  });

  test('gives no high or medium match for a failing unit test', () => {
    const text = [
      ' FAIL  src/lib/lookup/lookup.test.ts > lookupLog > finds the ghcr error',
      'AssertionError: expected "docker-push-access-denied" to equal "ghcr-permission-denied-write-package"',
      '    at /home/runner/work/sapjil/sapjil/src/lib/lookup/lookup.test.ts:18:5',
      ' Test Files  1 failed | 12 passed (13)',
      '      Tests  1 failed | 140 passed (141)',
      'Error: Process completed with exit code 1.',
    ].join('\n');
    assert.deepEqual(known(text), []);
  });

  test('gives no match at all for a runner preamble with "0 errors"', () => {
    const text = 'Waiting for a runner to pick up this job...\nwebpack 5.91.0 compiled with 0 errors and 2 warnings\neslint: 0 errors (error-prone patterns flagged: 0)';
    assert.deepEqual(lookupLog(index, text).matches, []);
  });

  test('keeps a known phrase echoed by a `Run` step or in a warning at low confidence', () => {
    const echoed = [
      '##[group]Run echo "denied: requested access to the resource is denied" >> KNOWN_ERRORS.md',
      'echo "denied: requested access to the resource is denied" >> KNOWN_ERRORS.md',
      '##[endgroup]',
      '##[warning]Retrying after: denied: requested access to the resource is denied',
      'Pushed ghcr.io/acme/app:latest',
    ].join('\n');
    assert.deepEqual(known(echoed), []);
  });

  test('offers the exit-code fallback only when nothing specific matched', () => {
    const text = 'denied: requested access to the resource is denied\nError: Process completed with exit code 1.';
    assert.deepEqual(lookupLog(index, text).matches.map((m) => m.id), ['docker-push-access-denied']);
  });

  test('finds an error wrapped in prose', () => {
    const [match] = lookupLog(index, 'I get this error: denied: requested access to the resource is denied when pushing to Docker Hub').matches;
    assert.equal(match?.id, 'docker-push-access-denied');
    assert.notEqual(match?.confidence, 'low');
  });

  test('finds errors in a `gh run view --log` paste with ANSI colours', () => {
    const text = [
      'build\tBuild and push\t2024-05-01T12:34:56.1234567Z \u001b[36;1m#13 pushing layers\u001b[0m',
      `build\tBuild and push\t2024-05-01T12:34:57.1234567Z \u001b[31;1m${GHCR_ERROR}\u001b[0m`,
      'build\tBuild and push\t2024-05-01T12:34:57.2234567Z ##[error]Process completed with exit code 1.',
    ].join('\n');
    const [match] = lookupLog(index, text).matches;
    assert.equal(match?.id, 'ghcr-permission-denied-write-package');
    assert.equal(match?.hits[0]?.text, GHCR_ERROR);
  });

  test('redacts secrets in the hit text and keeps the highlight on the error', () => {
    const token = ['gh', 'p_', 'aB3dE5gH7jK9mN2pQ4sT6vW8yZ0bC1fGhJ4k'].join('');
    const [match] = lookupLog(index, `docker login -p ${token} ghcr.io && docker push ghcr.io/acme/app:1 # ${GHCR_ERROR}`).matches;
    const hit = match?.hits[0];
    assert.ok(hit);
    assert.equal(hit.text.includes(token), false);
    assert.match(hit.text, /\[redacted:/);
    assert.deepEqual(hit.ranges.map(([from, to]) => hit.text.slice(from, to)), ['ghcr.io/acme/site:latest: denied: permission_denied: write_package']);
  });

  test('shows NUL bytes and other control characters in a hit as U+FFFD', () => {
    const [match] = lookupLog(index, '\u0000\u0007Error: denied: requested access to the resource is denied').matches;
    assert.equal(match?.hits[0]?.text, '\uFFFD\uFFFDError: denied: requested access to the resource is denied');
  });

  test('never throws on junk and answers with no matches', () => {
    const garbage = Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('');
    for (const junk of [undefined, null, 0, NaN, {}, [], Symbol('log'), () => 'log', new Uint8Array(10), '', '\u0000'.repeat(10_000), garbage, '\ud800\udfff\ud800']) {
      const result = lookupLog(index, junk);
      assert.ok(Array.isArray(result.matches));
    }
    assert.deepEqual(lookupLog(index, undefined), { matches: [], lineCount: 0, tooLarge: false, truncated: false });
  });

  test('examines only the head of a 10 MB single line, quickly, and says so', () => {
    const line = 'denied: requested access to the resource is denied ' + 'x'.repeat(10_000_000);
    const started = performance.now();
    const result = lookupLog(index, line);
    assert.ok(performance.now() - started < 2_000);
    assert.equal(result.truncated, true);
    assert.equal(result.matches[0]?.id, 'docker-push-access-denied');
  });

  test('handles 1,000,000 lines without freezing, flagging that only the tail was examined', () => {
    const text = 'ok\n'.repeat(999_999) + GHCR_ERROR;
    const started = performance.now();
    const result = lookupLog(index, text);
    assert.ok(performance.now() - started < 5_000);
    assert.equal(result.lineCount, 1_000_000);
    assert.equal(result.tooLarge, true);
    assert.equal(result.matches[0]?.hits[0]?.line, 1_000_000);
  });

  test('respects maxResults and maxHitsPerResult', () => {
    const text = Array.from({ length: 20 }, () => GHCR_ERROR).join('\n') + '\ndenied: requested access to the resource is denied';
    const { matches } = lookupLog(index, text, { maxResults: 1, maxHitsPerResult: 3 });
    assert.equal(matches.length, 1);
    assert.equal(matches[0]?.hits.length, 3);
  });
});
