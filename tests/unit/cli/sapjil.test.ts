// The CLI as a user runs it: a child process with files, standard input and flags.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';

const cli = fileURLToPath(new URL('../../../src/cli/sapjil.ts', import.meta.url));
const logs = fileURLToPath(new URL('../../fixtures/logs/', import.meta.url));
const unrelated = fileURLToPath(new URL('../../fixtures/eval/other/buildkit-tsc-ts2339.log', import.meta.url));
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

describe('sapjil lookup', () => {
  test('--json prints one object per file, in the order given, best match first', () => {
    const files = [`${logs}ghcr-permission-denied-write-package/docker-cli-push.log`, unrelated];
    const { status, stdout } = run(['lookup', '--json', ...files]);
    assert.equal(status, 0);
    const [first, second, ...rest] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(rest.length, 0);
    assert.equal(first.file, files[0]);
    assert.equal(first.matches[0].id, 'ghcr-permission-denied-write-package');
    assert.equal(first.matches[0].line, 5);
    assert.equal(first.matches[0].url, 'https://sapjil.dev/en/guides/ghcr-write-package-permission/#causes');
    assert.deepEqual(second, { file: files[1], matches: [] });
  });

  test('reads standard input when no file (or "-") is given, in Korean with another base URL', () => {
    const input = 'ERROR: failed to push ghcr.io/lbr-stack/roboreg:cuda-13.0: denied: installation not allowed to Create organization package\n';
    for (const args of [['lookup', '--lang', 'ko', '--base-url', 'https://wiki.example/sapjil'], ['lookup', '--lang', 'ko', '--base-url', 'https://wiki.example/sapjil', '-']]) {
      const { status, stdout } = run(args, input);
      assert.equal(status, 0);
      assert.match(stdout, /^-:\n {2}확신 (높음|보통)/);
      assert.match(stdout, /https:\/\/wiki\.example\/sapjil\/ko\/guides\/ghcr-write-package-permission\/#fix-org-package-creation/);
      assert.match(stdout, /https:\/\/github\.com\/organizations\/lbr-stack\/settings\/packages/);
    }
  });

  test('--format markdown writes a step-summary table', () => {
    const { status, stdout } = run(['lookup', '--format', 'markdown', `${logs}ghcr-permission-denied-write-package/helm-push-oci.log`]);
    assert.equal(status, 0);
    assert.match(stdout, /^#### Sapjil: `.*helm-push-oci\.log`\n\n\| \| Line \| Error \| Fix \|/);
  });

  test('exits 0 with "no known error" when nothing matched', () => {
    const { status, stdout } = run(['lookup'], 'src/index.ts(3,7): error TS2322: Type "string" is not assignable to type "number".\n');
    assert.equal(status, 0);
    assert.equal(stdout.trim(), '-: no known error found');
  });

  test('exits 2 with a message for bad usage or an unreadable file, printing nothing to stdout', () => {
    for (const args of [['lookup', '--format', 'html'], ['lookup', '--lang', 'fr'], ['frob'], ['lookup', '--base-url', 'not a url'], ['lookup', 'no-such.log'], ['lookup', logs], ['lookup', '--nope']]) {
      const { status, stdout, stderr } = run(args, '');
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /^sapjil: /);
    }
  });

  test('--help prints usage and exits 0', () => {
    const { status, stdout } = run(['--help']);
    assert.equal(status, 0);
    assert.match(stdout, /^Usage: sapjil lookup/);
  });
});
