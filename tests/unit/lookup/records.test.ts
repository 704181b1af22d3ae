import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileRecords } from '../../../src/lib/lookup/compile-records.ts';
import { lookupLog } from '../../../src/lib/lookup/lookup.ts';
import { records } from './fixtures/records.ts';

const index = compileRecords(records);

describe('fixture records', () => {
  for (const record of records) {
    record.examples.forEach((example, i) => {
      test(`${record.id}: example ${i + 1} ranks it first${record.fallback ? ' (low: a fallback never claims more)' : ' with high or medium confidence'}`, () => {
        const [best] = lookupLog(index, example).matches;
        assert.equal(best?.id, record.id);
        if (record.fallback) assert.equal(best?.confidence, 'low');
        else assert.ok(best?.confidence === 'high' || best?.confidence === 'medium', `confidence was ${best?.confidence}`);
      });
    });
    record.counterExamples.forEach((counterExample, i) => {
      test(`${record.id}: counter-example ${i + 1} does not match it`, () => {
        const ids = lookupLog(index, counterExample).matches.map((match) => match.id);
        assert.equal(ids.includes(record.id), false, `matched: ${ids.join(', ')}`);
      });
    });
  }

  test('tells the ghcr.io write_package denial from the npm.pkg.github.com one', () => {
    const npm = 'npm ERR! 403 403 Forbidden - PUT https://npm.pkg.github.com/@acme%2fui - Permission permission_denied: write_package';
    const ghcr = 'ERROR: failed to push ghcr.io/acme/ui:1.0.0: denied: permission_denied: write_package';
    assert.equal(lookupLog(index, npm).matches[0]?.id, 'npm-github-packages-unauthorized');
    assert.equal(lookupLog(index, ghcr).matches[0]?.id, 'ghcr-permission-denied-write-package');
  });

  test('captures owner, image and tag from a ghcr push and the package from an npm URL', () => {
    const ghcr = lookupLog(index, 'Error: buildx failed with: ERROR: failed to build: failed to solve: failed to push ghcr.io/matrixinfer-ai/registry-webhook:main: denied: permission_denied: write_package');
    assert.deepEqual(ghcr.matches[0]?.captures, { owner: 'matrixinfer-ai', image: 'registry-webhook', tag: 'main' });
    const npm = lookupLog(index, 'npm ERR! 401 Unauthorized - GET https://npm.pkg.github.com/@socketsupply%2ftonic - unauthenticated: User cannot be authenticated with the token provided.');
    assert.equal(npm.matches[0]?.captures['package'], '@socketsupply/tonic');
  });
});
