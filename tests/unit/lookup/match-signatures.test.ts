import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileRecords } from '../../../src/lib/lookup/compile-records.ts';
import { matchSignatures } from '../../../src/lib/lookup/match-signatures.ts';
import { normalizeLog } from '../../../src/lib/lookup/normalize-log.ts';
import { noisyLog } from './fixtures/noisy-log.ts';
import { records } from './fixtures/records.ts';

const index = compileRecords(records);
const idOf = (signature: number): string => records[index.signatures[signature]?.record ?? -1]?.id ?? '?';

describe('matchSignatures', () => {
  test('runs regexes only on the few lines where their required phrase occurs', () => {
    const text = noisyLog({
      lines: 50_000,
      buried: [
        { at: 10_000, text: '#13 ERROR: failed to push ghcr.io/acme/site:latest: denied: permission_denied: write_package' },
        { at: 30_000, text: 'npm ERR! 401 Unauthorized - GET https://npm.pkg.github.com/@acme%2fui - authentication token not provided' },
      ],
    });
    const log = normalizeLog(text);
    assert.ok(log.lines.length >= 50_000);
    const { hits, regexRuns } = matchSignatures(index, log);
    // One regex per signature whose phrase is on a buried line, plus the exit-code line:
    // nothing like the 50,000 × 9 runs of trying every regex on every line.
    assert.ok(regexRuns <= 6, `ran ${regexRuns} regexes`);
    assert.deepEqual(
      [...new Set(hits.map((hit) => idOf(hit.signature)))].sort(),
      ['ghcr-permission-denied-write-package', 'npm-github-packages-unauthorized', 'process-exit-code'],
    );
  });

  test('gives literal hits the exact range of the phrase, whatever its case', () => {
    const log = normalizeLog('Error: DENIED: Requested Access To The Resource Is Denied');
    const { hits } = matchSignatures(index, log);
    assert.deepEqual(hits.map((hit) => [idOf(hit.signature), hit.ranges]), [['docker-push-access-denied', [[7, 57]]]]);
  });

  test('extracts named captures from regex signatures', () => {
    const { hits } = matchSignatures(index, normalizeLog('ERROR: failed to push ghcr.io/lbr-stack/roboreg:cuda-13.0: denied: installation not allowed to Create organization package'));
    const captures = hits.find((hit) => hit.captures)?.captures;
    assert.deepEqual(captures, { owner: 'lbr-stack', image: 'roboreg', tag: 'cuda-13.0', action: 'Create' });
  });

  test('keeps a hit whose required context is a few lines away, within the window', () => {
    const log = normalizeLog(['#14 [auth] acme/site:pull,push token for ghcr.io', '#13 pushing layers 0.7s done', 'ERROR: denied: permission_denied: write_package'].join('\n'));
    assert.deepEqual(matchSignatures(index, log).hits.map((hit) => idOf(hit.signature)), ['ghcr-permission-denied-write-package']);
  });

  test('drops a hit whose required context is outside the window', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `unrelated line ${i}`);
    const log = normalizeLog(['Logging into ghcr.io...', ...filler, 'ERROR: denied: permission_denied: write_package'].join('\n'));
    assert.deepEqual(matchSignatures(index, log).hits, []);
  });

  test('drops a hit when an excluded phrase is in its window', () => {
    const log = normalizeLog("Error response from daemon: pull access denied for acme/app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
    assert.deepEqual(matchSignatures(index, log).hits, []);
  });
});
