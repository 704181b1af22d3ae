import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyLines } from '../../../src/lib/lookup/classify-lines.ts';
import { normalizeLog } from '../../../src/lib/lookup/normalize-log.ts';

function classify(lines: string[]) {
  const log = normalizeLog(lines.join('\n'));
  return { log, ...classifyLines(log) };
}

describe('classifyLines', () => {
  test('treats the runner preamble and a Run echo as info, whatever words they contain', () => {
    const { roles } = classify([
      'Waiting for a runner to pick up this job...',
      "Current runner version: '2.317.0'",
      '##[group]Run echo "Error: denied: requested access to the resource is denied"',
      'echo "Error: denied: requested access to the resource is denied"',
      'shell: /usr/bin/bash -e {0}',
      '##[endgroup]',
    ]);
    assert.deepEqual(roles, ['info', 'info', 'info', 'info', 'info', 'info']);
  });

  test('marks ##[error], ::error::, Error:, fatal:, npm ERR! and buildkit ERROR lines as errors', () => {
    const { roles } = classify([
      '##[error]buildx failed',
      '::error::Something broke',
      'Error: buildx failed with: ERROR: denied',
      "fatal: could not read Username for 'https://github.com': terminal prompts disabled",
      'npm ERR! code E403',
      'npm error code E401',
      '#13 ERROR: failed to push ghcr.io/acme/app:main',
      "src/index.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
    ]);
    assert.deepEqual(roles.slice(0, 7), ['error', 'error', 'error', 'error', 'error', 'error', 'error']);
    assert.equal(roles[7], 'neutral');
  });

  test('does not take "0 errors", "errors found" or "error-prone" for error lines', () => {
    const { roles } = classify([
      'webpack 5.91.0 compiled with 0 errors and 2 warnings in 8123 ms',
      'errors found: none',
      'error-prone patterns flagged: 0',
    ]);
    assert.deepEqual(roles, ['neutral', 'neutral', 'neutral']);
  });

  test('weighs an error line just before the exit code above the same line earlier in the log', () => {
    const lines = ['ERROR: failed to push', ...Array.from({ length: 200 }, (_, i) => `step output ${i}`), 'ERROR: failed to push', '##[error]Process completed with exit code 1.'];
    const { weights, roles } = classify(lines);
    assert.equal(roles.at(-1), 'exit');
    assert.ok((weights[201] ?? 0) > (weights[0] ?? 0));
    assert.equal(weights[201], 1);
  });

  test('weighs info and warning lines below plain lines', () => {
    const { weights } = classify(['##[warning]denied: requested access', 'Waiting for a runner to pick up this job...', 'denied: requested access']);
    assert.ok((weights[0] ?? 1) < (weights[2] ?? 0));
    assert.ok((weights[1] ?? 1) < (weights[0] ?? 0));
  });

  test('gives every line a weight between 0 and 1', () => {
    const { weights } = classify(['Error: a', 'b', '##[group]c', 'Process completed with exit code 2']);
    for (const weight of weights) assert.ok(weight >= 0 && weight <= 1);
  });
});
