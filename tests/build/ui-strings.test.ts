// A Korean UI string table with a key missing (or left empty) must fail `astro build`, naming
// the file and the keys. The strings live in src/, not in content, so each case builds a copy
// of the project whose src/i18n/ko.ts has that one mistake.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const guide = (title: string, heading: string) =>
  `---\ntitle: "${title}"\ndescription: "A guide used by the UI string build test."\ndate: 2024-01-01\nlastVerified: 2026-11-01\n---\n\n## ${heading}\n\nText.\n`;

/** Builds a copy of the project whose Korean table went through `edit`; returns exit code and output. */
function buildWithKoreanStrings(edit: (source: string) => string) {
  const root = mkdtempSync(join(tmpdir(), 'sapjil-strings-'));
  try {
    for (const path of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) cpSync(join(REPO, path), join(root, path), { recursive: true });
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
    const table = join(root, 'src', 'i18n', 'ko.ts');
    const before = readFileSync(table, 'utf8');
    const after = edit(before);
    assert.notEqual(after, before, 'the edit must change the table');
    writeFileSync(table, after);
    for (const [path, text] of Object.entries({ 'en/g.mdx': guide('G', 'Fix \\{#fix}'), 'ko/g.mdx': guide('지', '해결 \\{#fix}') })) {
      mkdirSync(join(root, 'content', 'guides', path, '..'), { recursive: true });
      writeFileSync(join(root, 'content', 'guides', path), text);
    }
    const result = spawnSync(process.execPath, [join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SAPJIL_CONTENT_DIR: join(root, 'content'), SAPJIL_OUT_DIR: join(root, 'dist'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('an incomplete Korean UI string table fails the build', { concurrency: 2 }, () => {
  test('a missing key, named with its file', () => {
    const { status, output } = buildWithKoreanStrings((s) => s.replace(/^ {2}'nav\.home': '[^']*',\n/m, ''));
    assert.notEqual(status, 0);
    assert.match(output, /src\/i18n\/ko\.ts: missing UI strings: nav\.home/);
  });

  test('a key left empty', () => {
    const { status, output } = buildWithKoreanStrings((s) => s.replace(/^( {2}'nav\.home': )'[^']*',$/m, "$1'',"));
    assert.notEqual(status, 0);
    assert.match(output, /src\/i18n\/ko\.ts: empty UI strings: nav\.home/);
  });
});
