import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileRecords } from '../../../src/lib/lookup/compile-records.ts';
import { lookupLog } from '../../../src/lib/lookup/lookup.ts';
import { describeMatches, guideSectionUrl } from '../../../src/lib/report/describe-matches.ts';
import { records } from '../lookup/fixtures/records.ts';

const index = compileRecords(records);
const titles = { 'ghcr-write-package-permission': { en: 'ghcr guide', ko: 'ghcr 가이드' } };
const log = 'Error: buildx failed with: ERROR: failed to build: failed to solve: failed to push ghcr.io/octo/app:main: denied: permission_denied: write_package';

test('a match becomes a report entry in the reader language, with filled-in links', () => {
  const [entry] = describeMatches(lookupLog(index, log), records, titles, { lang: 'ko', baseUrl: 'https://example.org/sapjil/' });
  assert.equal(entry?.id, 'ghcr-permission-denied-write-package');
  assert.equal(entry?.guide, 'ghcr 가이드');
  assert.equal(entry?.url, 'https://example.org/sapjil/ko/guides/ghcr-write-package-permission/#causes');
  assert.equal(entry?.line, 1);
  assert.deepEqual(entry?.captures, { owner: 'octo', image: 'app', tag: 'main' });
  assert.equal(entry?.links[0]?.url, 'https://github.com/users/octo/packages/container/app/settings');
});

test('line numbers shift by the skipped head of a long input', () => {
  const [entry] = describeMatches(lookupLog(index, log), records, titles, { lang: 'en', baseUrl: 'https://x.dev', lineOffset: 1000 });
  assert.equal(entry?.line, 1001);
});

test('a guide missing in the requested language falls back to the one that exists', () => {
  const [entry] = describeMatches(lookupLog(index, log), records, { 'ghcr-write-package-permission': { en: 'only English' } }, { lang: 'ko', baseUrl: 'https://x.dev' });
  assert.equal(entry?.guide, 'only English');
  assert.equal(guideSectionUrl('https://x.dev///', 'en', 's', 'a'), 'https://x.dev/en/guides/s/#a');
});
