import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { classifyLines, compileRecords, failingLine, lookupLog, normalizeLog } from '../../../src/lib/lookup/index.ts';
import { noisyLog } from './fixtures/noisy-log.ts';
import { records } from './fixtures/records.ts';

// Real failing CI logs whose cause is none of the known errors.
const otherDir = fileURLToPath(new URL('../../fixtures/eval/other/', import.meta.url));
const otherLog = (file: string) => readFileSync(`${otherDir}${file}`, 'utf8');

const index = compileRecords(records);
const pick = (text: string) => {
  const log = normalizeLog(text);
  return failingLine(log, classifyLines(log));
};

// A fake token assembled at run time, so no token-shaped string sits in the repository.
const ALPHANUMERIC = 'aB3dE5gH7jK9mN2pQ4sT6vW8yZ0bC1fG';
const fakeGitHubToken = () => 'ghp_' + Array.from({ length: 36 }, (_, i) => ALPHANUMERIC[(i * 7 + 3) % ALPHANUMERIC.length]).join('');

describe('failingLine', () => {
  test('picks the line that says why a real helm install failed', () => {
    assert.deepEqual(pick(otherLog('helm-install-ghcr-read-package.log')), {
      line: 4,
      text: 'Error: GET "https://ghcr.io/v2/maelvls/charts/secret-transform/tags/list": unexpected status code 403: denied: permission_denied: read_package',
    });
  });

  test('picks the wordiest of the equal error lines of a failed cargo install, not its help text', () => {
    const picked = pick(otherLog('cargo-install-e0308-could-not-compile.log'));
    assert.equal(picked?.line, 14);
    assert.match(picked?.text ?? '', /^error: could not compile `bookokrat` \(lib\) due to 1 previous error/);
  });

  test('passes over the exit-code line for the line before it (make: *** … Terminated)', () => {
    assert.deepEqual(pick(otherLog('go-test-race-terminated-143.log')), { line: 3, text: 'make: *** [Makefile:3: test] Terminated' });
  });

  test('gives the exit-code line only when no other line has words', () => {
    assert.deepEqual(pick(['}', '----', '##[error]Process completed with exit code 1.'].join('\n')), {
      line: 3,
      text: 'Process completed with exit code 1.',
    });
  });

  test('prefers an error line to a later plain line', () => {
    const text = ['Error: Username and password required', 'Post job cleanup.', 'Cleaning up orphan processes'].join('\n');
    assert.deepEqual(pick(text), { line: 1, text: 'Error: Username and password required' });
  });

  test('passes over runner preamble, Run echoes and warnings', () => {
    const text = [
      'Waiting for a runner to pick up this job...',
      '##[group]Run docker/login-action@v3',
      'with:',
      '  registry: ghcr.io',
      '##[endgroup]',
      '##[warning]Node.js 16 actions are deprecated.',
      'Error: Username and password required',
      '##[error]Process completed with exit code 1.',
    ].join('\n');
    assert.deepEqual(pick(text), { line: 7, text: 'Error: Username and password required' });
  });

  test('finds the failure at the end of a long noisy log, with its original line number', () => {
    const text = `${noisyLog({ lines: 2_000 })}\nError: buildx failed with: ERROR: failed to build: denied: permission_denied: write_package\nError: Process completed with exit code 1.`;
    const lines = text.split('\n');
    assert.deepEqual(pick(text), { line: lines.length - 1, text: lines.at(-2) });
  });

  test('replaces secrets in the line with placeholders', () => {
    const token = fakeGitHubToken();
    const text = [
      `Cloning into 'app'...`,
      `fatal: Authentication failed for 'https://x-access-token:${token}@github.com/acme/app.git/'`,
      'Error: Process completed with exit code 128.',
    ].join('\n');
    const picked = pick(text);
    assert.equal(picked?.text, "fatal: Authentication failed for 'https://x-access-token:[redacted:github-token]@github.com/acme/app.git/'");
    assert.equal(JSON.stringify(picked).includes(token), false);
  });

  test('shows control characters as U+FFFD and trims the line', () => {
    assert.deepEqual(pick('   Error: unexpected \u0000 byte in input   '), { line: 1, text: 'Error: unexpected \uFFFD byte in input' });
  });

  test('counts lines from the start of the whole log when only its tail was examined', () => {
    const text = ['line one has words', 'line two has words', 'Error: the tail holds the reason', 'trailing words here'].join('\n');
    const log = normalizeLog(text, { maxLines: 2 });
    assert.equal(log.firstLine, 3);
    assert.deepEqual(failingLine(log, classifyLines(log)), { line: 3, text: 'Error: the tail holds the reason' });
  });

  test('gives nothing for a log without a line of words', () => {
    assert.equal(pick('}\n----\n  \n#0 0.563'), undefined);
    assert.equal(pick(''), undefined);
  });

  test('picks the 403 that says why over npm’s closing “A complete log of this run” line', () => {
    const picked = pick(otherLog('npm-publish-no-permission-pnpm.log'));
    assert.equal(picked?.line, 3);
    assert.match(picked?.text ?? '', /You do not have permission to publish/);
  });
});

describe('lookupLog failingLine', () => {
  const files = readdirSync(otherDir).filter((file) => file.endsWith('.log'));

  test('is the line failingLine picks, for every real unrelated failure log', () => {
    assert.ok(files.length >= 10);
    for (const file of files) {
      const text = otherLog(file);
      const { failingLine: found } = lookupLog(index, text);
      assert.ok(found, file);
      assert.deepEqual(found, pick(text), file);
    }
  });

  test('is redacted in the result, like the hits', () => {
    const token = fakeGitHubToken();
    const result = lookupLog(index, `remote: Invalid username or password.\nfatal: Authentication failed for 'https://${token}@github.com/acme/app.git/'`);
    assert.equal(result.failingLine?.line, 2);
    assert.equal(result.failingLine?.text.includes(token), false);
    assert.match(result.failingLine?.text ?? '', /\[redacted:github-token\]/);
  });

  test('is left out when no line has words, and for junk input', () => {
    assert.equal('failingLine' in lookupLog(index, '}\n----'), false);
    assert.equal('failingLine' in lookupLog(index, ''), false);
    assert.equal('failingLine' in lookupLog(index, 42), false);
  });
});
