// The CLI fed hostile input on standard input, streamed: far more bytes than it keeps, a 10 MB
// line, NUL bytes and binary garbage, a million short lines, markup and direction overrides.
// It must still find the real error at the very end, with the right line number, and its
// memory must stay bounded whatever the input size (the kernel's peak, not a timing).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { seededRandom } from '../../support/seeded-random.ts';

const cli = fileURLToPath(new URL('../../../src/cli/sapjil.ts', import.meta.url));
const reportMaxRss = fileURLToPath(new URL('../../support/report-max-rss.ts', import.meta.url));
const MB = 1024 * 1024;
// A real push log (tests/fixtures/logs): the error is its line 5, with ghcr.io two lines above.
const REAL_LOG = readFileSync(new URL('../../fixtures/logs/ghcr-permission-denied-write-package/docker-cli-push.log', import.meta.url));
const ERROR_LINE_IN_LOG = 5;

/** One hostile block (~16 MB) and the number of newlines in it. */
function hostileBlock(): { block: Buffer; newlines: number } {
  const random = seededRandom(7);
  const garbage = Buffer.alloc(2 * MB);
  for (let i = 0; i < garbage.length; i++) garbage[i] = Math.floor(random() * 256);
  const parts = [
    Buffer.from(`${'A'.repeat(10 * MB)}\n`),
    garbage,
    Buffer.from('\0\0\0 NUL bytes \0\n'),
    Buffer.from('ok\n'.repeat(1_000_000)),
    Buffer.from('<script>alert(1)</script> <a href="javascript:alert(1)">x</a> \u202Egnp.exe\n'),
  ];
  const block = Buffer.concat(parts);
  let newlines = 0;
  for (let at = block.indexOf(0x0a); at !== -1; at = block.indexOf(0x0a, at + 1)) newlines++;
  return { block, newlines };
}

/** Streams `blocks` hostile blocks and then the real log into the CLI; gives its output and peak memory. */
function run(blocks: number): Promise<{ status: number | null; stdout: string; stderr: string; maxRssKb: number; errorLine: number }> {
  const { block, newlines } = hostileBlock();
  const child = spawn(process.execPath, ['--import', reportMaxRss, cli, 'lookup', '--json'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let rss = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdio[3]?.on('data', (d: Buffer) => (rss += d.toString()));
  // Written with backpressure: the input never sits whole in this process or in the pipe.
  void (async () => {
    for (let i = 0; i < blocks; i++) {
      if (!child.stdin.write(block)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
    child.stdin.end(REAL_LOG);
  })();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr, maxRssKb: Number(rss), errorLine: blocks * newlines + ERROR_LINE_IN_LOG }));
  });
}

describe('sapjil lookup on hostile standard input', () => {
  test('finds the error after 320 MB of hostile bytes, at its true line, in bounded memory', async () => {
    const small = await run(1);
    const large = await run(20);
    for (const result of [small, large]) {
      assert.equal(result.status, 0, result.stderr);
      const report = JSON.parse(result.stdout.trim()) as { matches: { id: string; line: number }[]; note?: string };
      assert.equal(report.matches[0]?.id, 'ghcr-permission-denied-write-package');
      assert.equal(report.matches[0]?.line, result.errorLine);
      assert.match(report.note ?? '', /8 MB/);
    }
    // Twenty times the input may not cost more memory: the CLI keeps only the last 8 MB.
    // (Generous margins: the garbage collector's timing varies between runs.)
    assert.ok(large.maxRssKb < small.maxRssKb * 1.5 + 64 * 1024, `peak ${large.maxRssKb} KB for 320 MB vs ${small.maxRssKb} KB for 16 MB`);
    assert.ok(large.maxRssKb < 400 * 1024, `peak ${large.maxRssKb} KB`);
  });
});
