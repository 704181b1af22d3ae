import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { errorLineQuery, LONG_ERROR_LINE, looksLikeErrorText, MAX_ERROR_QUERY_WORDS } from '../../../src/lib/search/error-query.ts';

// Real lines, from tests/fixtures/logs/<id>/*.log and content/errors/*.yaml examples.
const BUILDX_GHCR =
  'Error: buildx failed with: ERROR: failed to build: failed to solve: failed to push ghcr.io/matrixinfer-ai/registry-webhook:main: denied: permission_denied: write_package';
const HELM_GHCR =
  'Error: failed to perform "Push" on destination: POST "https://ghcr.io/v2/luzilla/charts/dnsbl-exporter/blobs/uploads/": response status code 403: denied: permission_denied: write_package';
const GIT_USERNAME = "fatal: could not read Username for 'https://github.com/': No such device or address";
const NODE_HEAP = 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory';
const NPM_403 =
  'npm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/dts-gen - You do not have permission to publish "dts-gen". Are you logged in as the correct user?';
const PODMAN_MANIFEST =
  'Error: copying system image from manifest list: determining manifest MIME type for docker://ghcr.io/siemens/kas/kas:2.6: reading manifest sha256:af8ae21cf50cf218f79d0eb7dbf2048cdb692bfccfa958583a7fe63e2e3860e1 in ghcr.io/siemens/kas/kas: manifest unknown';

describe('looksLikeErrorText', () => {
  test('takes lines with an error marker for pasted error text', () => {
    for (const line of [
      BUILDX_GHCR,
      HELM_GHCR,
      GIT_USERNAME,
      NODE_HEAP,
      'npm ERR! code E401',
      'npm error code ENEEDAUTH',
      '##[error]Process completed with exit code 137.',
      'Error: Process completed with exit code 137.',
      "2024-04-14T22:05:47.7630307Z ##[error]The process '/usr/bin/bash' failed with exit code 137",
      '::error::Input required and not supplied: token',
      'denied: requested access to the resource is denied',
      '#15 ERROR: denied: permission_denied: write_package',
      'ENOSPC: System limit for number of file watchers reached',
      'ERESOLVE unable to resolve dependency tree',
      'Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
      'Received status code 401 from server: Unauthorized (maven.pkg.github.com)',
    ]) {
      assert.equal(looksLikeErrorText(line), true, line);
    }
  });

  test('takes any paste of two or more non-blank lines for error text', () => {
    assert.equal(looksLikeErrorText('190fe373008b: Preparing\n6a7775dbe07b: Preparing'), true);
    assert.equal(looksLikeErrorText('ghcr 권한\r\n푸시'), true);
  });

  test('takes a long line with a path, URL or code for a log line, a short one not', () => {
    const line = 'The push refers to repository [ghcr.io/intersectmbo/cardano-db-sync]';
    assert.ok(line.length >= LONG_ERROR_LINE);
    assert.equal(looksLikeErrorText(line), true);
    assert.equal(looksLikeErrorText('The push refers to repository [ghcr.io/acme/app]'), false);
  });

  test('leaves words typed to search with alone, Korean or English', () => {
    for (const query of [
      'ghcr 권한',
      'docker login secrets',
      'how to fix pushing images',
      'GITHUB_TOKEN 권한',
      'ghcr.io 푸시 권한 설정 방법',
      'actions/checkout 권한',
      'git push 403',
      'npm 설치 안돼요',
      'how to fix docker push denied when pushing images from github actions to ghcr',
    ]) {
      assert.equal(looksLikeErrorText(query), false, query);
    }
  });

  test('ignores blank lines around a typed query', () => {
    assert.equal(looksLikeErrorText('\nghcr 권한\n\n'), false);
    assert.equal(looksLikeErrorText(''), false);
    assert.equal(looksLikeErrorText('   '), false);
  });

  test('does not take a typed English word that starts with "e" for an error code', () => {
    // Error codes are matched in upper case only: E401 and EACCES, not "environment" or "eslint".
    for (const query of ['environment secrets empty', 'eslint config', 'enable corepack', 'docker build every time', 'docker error']) {
      assert.equal(looksLikeErrorText(query), false, query);
    }
  });
});

describe('errorLineQuery', () => {
  test('keeps the words of an error line worth searching for, in order', () => {
    assert.equal(errorLineQuery(BUILDX_GHCR), 'buildx build push denied permission_denied write_package');
    assert.equal(errorLineQuery(GIT_USERNAME), 'could read Username No such device address');
    assert.equal(errorLineQuery(NODE_HEAP), 'Reached heap limit Allocation JavaScript out memory');
  });

  test('keeps error codes (E401, ENEEDAUTH, EACCES)', () => {
    assert.equal(errorLineQuery('npm ERR! code E401'), 'npm E401');
    assert.equal(errorLineQuery('npm error code ENEEDAUTH'), 'npm ENEEDAUTH');
    assert.equal(errorLineQuery("Error: EACCES: permission denied, open '/home/runner/.npm/_cacache/index-v5/ab'"), 'EACCES permission denied open');
  });

  test('drops URLs, paths, image references, status numbers and quotes', () => {
    assert.equal(errorLineQuery(HELM_GHCR), 'Push destination POST response status denied permission_denied write_package');
  });

  test('drops hashes, versions, numbers, times and redaction placeholders', () => {
    assert.equal(errorLineQuery('190fe373008b: Preparing'), 'Preparing');
    assert.equal(errorLineQuery('node v20.10.0 took 12:34:56 and 3.5s, exit 137'), 'node took');
    assert.equal(errorLineQuery('echo [redacted:github-token] | docker login ghcr.io -u bot --password-stdin'), 'echo docker login ghcr.io bot password-stdin');
  });

  test('gives nothing for an exit-code line: it says that a step failed, not why', () => {
    assert.equal(errorLineQuery('##[error]Process completed with exit code 137.'), '');
    assert.equal(errorLineQuery('Error: Process completed with exit code 137.'), '');
  });

  test('gives each word once, keeping its first spelling', () => {
    assert.equal(errorLineQuery('Error: denied ERROR: DENIED: Denied'), 'denied');
  });

  test('keeps the last MAX_ERROR_QUERY_WORDS words, since a log line names the reason last', () => {
    const words = errorLineQuery(NPM_403).split(' ');
    assert.equal(words.length, MAX_ERROR_QUERY_WORDS);
    assert.deepEqual(words, ['have', 'permission', 'publish', 'dts-gen', 'logged', 'as', 'correct', 'user']);
  });

  test('gives an empty query for empty input or only short words', () => {
    assert.equal(errorLineQuery(''), '');
    assert.equal(errorLineQuery('a b c -'), '');
  });

  test('drops image digests and ISO date-times, as it does other hashes and times', () => {
    assert.equal(errorLineQuery(PODMAN_MANIFEST), 'image manifest list determining MIME type reading unknown');
    assert.equal(errorLineQuery('[INFO] Finished at: 2015-12-01T00:48:48-05:00'), 'INFO Finished');
    assert.equal(errorLineQuery('crashed at 0x1f inside lib 1.2.3-beta'), 'crashed inside lib');
  });
});
