import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { headingAnchors } from '../../../src/lib/content/heading-anchors.ts';

test('explicit ids win, English headings are slugged, code fences are skipped', () => {
  const source = [
    '# Title',
    '## 오류 메시지 \\{#error}',
    '### The job has no `packages: write`',
    '```sh',
    '## not a heading',
    '```',
    '#### Deep one {#deep}',
    '## 한국어만',
  ].join('\n');
  assert.deepEqual(headingAnchors(source), ['error', 'the-job-has-no-packages-write', 'deep']);
});

test('the first guide has the same anchors in both languages', () => {
  const read = (lang: string) => readFileSync(new URL(`../../../content/guides/${lang}/ghcr-write-package-permission.mdx`, import.meta.url), 'utf8');
  const en = headingAnchors(read('en'));
  assert.ok(en.includes('fix-actions-access'));
  assert.deepEqual(headingAnchors(read('ko')), en);
});

test('junk in, no anchors out', () => {
  assert.deepEqual(headingAnchors(undefined as unknown as string), []);
});
