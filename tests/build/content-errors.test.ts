// Bad content must fail `astro build` and say which file and field is wrong. Each case
// builds a tiny content folder with one mistake in it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const valid = (title: string, heading: string, extra = '') => `---
title: "${title}"
description: "A guide used by the build-error tests."
date: 2024-01-01
lastVerified: 2026-11-01
${extra}---

## ${heading}

Text.
`;

/** Builds a content folder of `files` (path below the content root → text); returns exit code and output. */
function build(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'sapjil-content-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const result = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, SAPJIL_CONTENT_DIR: root, SAPJIL_OUT_DIR: join(root, 'dist'), SAPJIL_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('content mistakes fail the build, naming the file and field', { concurrency: 2 }, () => {
  test('a valid pair builds (so the failures below are caused by their one mistake)', () => {
    const { status, output } = build({
      'guides/en/ok.mdx': valid('OK', 'Fix \\{#fix}'),
      'guides/ko/ok.mdx': valid('좋음', '해결 \\{#fix}'),
    });
    assert.equal(status, 0, output);
  });

  test('an unknown front matter key', () => {
    const { status, output } = build({ 'guides/en/typo.mdx': valid('Typo', 'Fix', 'tocopen: true\n') });
    assert.notEqual(status, 0);
    assert.match(output, /typo\.mdx/);
    assert.match(output, /Unrecognized key: "tocopen"/);
  });

  test('a date that does not exist', () => {
    const { status, output } = build({ 'guides/en/when.mdx': valid('When', 'Fix', 'updated: 2024-02-30\n') });
    assert.notEqual(status, 0);
    assert.match(output, /when\.mdx:6: "updated: 2024-02-30" is not a real date/);
  });

  test('a missing required field', () => {
    const { status, output } = build({ 'guides/en/bare.mdx': '---\ntitle: "Bare"\ndate: 2024-01-01\nlastVerified: 2024-01-01\n---\n\nText.\n' });
    assert.notEqual(status, 0);
    assert.match(output, /bare\.mdx/);
    assert.match(output, /description/);
  });

  test('two files with the same slug in one language', () => {
    const { status, output } = build({ 'guides/en/same.mdx': valid('A', 'Fix'), 'guides/en/Same.mdx': valid('B', 'Fix') });
    assert.notEqual(status, 0);
    assert.match(output, /Same\.mdx: (duplicate slug|slug "Same")/);
  });

  test('a Korean heading without an explicit id', () => {
    const { status, output } = build({ 'guides/ko/no-id.mdx': valid('아이디 없음', '원인') });
    assert.notEqual(status, 0);
    assert.match(output, /no-id\.mdx:\d+: heading "원인" needs an explicit ASCII id/);
  });

  test('translations whose anchors differ', () => {
    const { status, output } = build({
      'guides/en/pair.mdx': valid('Pair', 'Fix \\{#fix}'),
      'guides/ko/pair.mdx': valid('짝', '해결 \\{#solution}'),
    });
    assert.notEqual(status, 0);
    assert.match(output, /Heading anchors differ between .*en\/pair\.mdx and .*ko\/pair\.mdx.*#fix/);
  });

  const pair = { 'guides/en/g.mdx': valid('G', 'Fix \\{#fix}'), 'guides/ko/g.mdx': valid('지', '해결 \\{#fix}') };
  const record = (fields: string) => `id: rec\nguide: g\nanchor: fix\nmessage: "boom"\n${fields}examples: ["boom one", "boom two"]\n`;

  test('an error record whose anchor the guide lacks', () => {
    const { status, output } = build({ ...pair, 'errors/rec.yaml': record('anchor: nowhere\nsignatures: [{ literal: "boom one" }]\n').replace('anchor: fix\n', '') });
    assert.notEqual(status, 0);
    assert.match(output, /errors\/rec\.yaml: anchor: content\/guides\/en\/g\.mdx has no heading \{#nowhere\}/);
  });

  test('an error record whose regex can backtrack catastrophically', () => {
    const { status, output } = build({ ...pair, 'errors/rec.yaml': record("signatures: [{ regex: 'boom(a+)+x', requiredLiteral: 'boom' }]\n") });
    assert.notEqual(status, 0);
    assert.match(output, /errors\/rec\.yaml: signatures\.0\.regex: .*backtracking/);
  });

  test('an error record whose id differs from its file name', () => {
    const { status, output } = build({ ...pair, 'errors/other.yaml': record('signatures: [{ literal: "boom one" }]\n') });
    assert.notEqual(status, 0);
    assert.match(output, /errors\/other\.yaml: id: "rec" must match the file name "other"/);
  });

  test('a guide link to a page or section that does not exist', () => {
    const broken = valid('Links', 'Fix \\{#fix}').replace('Text.', 'See [the other](/en/guides/nope/) and [this](#nowhere).');
    const { status, output } = build({ 'guides/en/links.mdx': broken, 'guides/ko/links.mdx': valid('링크', '해결 \\{#fix}') });
    assert.notEqual(status, 0);
    assert.match(output, /en\/guides\/links\/index\.html:\d+: link "\/en\/guides\/nope\/" no page at \/en\/guides\/nope\//);
    assert.match(output, /en\/guides\/links\/index\.html:\d+: link "#nowhere" no element with id "nowhere"/);
  });
});
