// The scaffold writes files that the build's own checks accept as they are.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { compileRecords } from '../../../src/lib/lookup/compile-records.ts';
import { lookupLog } from '../../../src/lib/lookup/lookup.ts';
import { checkErrorTargets } from '../../../src/lib/content/check-error-targets.ts';
import { checkFrontMatterDates } from '../../../src/lib/content/front-matter-dates.ts';
import { readErrorRecords } from '../../../src/node/read-error-records.ts';
import { readGuideFiles } from '../../../src/node/read-guide-files.ts';

const script = fileURLToPath(new URL('../../../src/cli/new-guide.ts', import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

test('creates a draft guide in both languages and records that validate and match their examples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sapjil-new-guide-'));
  try {
    const { status, stdout } = run(['docker-things', '--error', 'docker-thing-a', '--error', 'docker-thing-b', '--content-dir', dir]);
    assert.equal(status, 0, stdout);
    for (const lang of ['en', 'ko']) {
      const text = readFileSync(join(dir, 'guides', lang, 'docker-things.mdx'), 'utf8');
      assert.match(text, /draft: true/);
      assert.deepEqual(checkFrontMatterDates(text), []);
    }
    const { records, problems } = readErrorRecords(join(dir, 'errors'));
    assert.deepEqual(problems, []);
    assert.deepEqual(records.map((r) => r.id), ['docker-thing-a', 'docker-thing-b']);
    const guides = readGuideFiles(dir);
    assert.deepEqual(checkErrorTargets(records, guides), []);
    assert.deepEqual(guides.find((g) => g.lang === 'ko')?.anchors, guides.find((g) => g.lang === 'en')?.anchors);
    const index = compileRecords(records);
    for (const r of records) for (const example of r.examples) assert.equal(lookupLog(index, example).matches[0]?.id, r.id);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('refuses bad slugs and never overwrites', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sapjil-new-guide-'));
  try {
    assert.equal(run(['Bad_Slug', '--content-dir', dir]).status, 2);
    assert.equal(run([]).status, 2);
    assert.equal(run(['ok-slug', '--content-dir', dir]).status, 0);
    const again = run(['ok-slug', '--content-dir', dir]);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /already exists, nothing written/);
    assert.ok(existsSync(join(dir, 'errors', 'ok-slug.yaml')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
