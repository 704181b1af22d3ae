import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { readTail } from '../../../src/cli/read-tail.ts';

const stream = (text: string, chunk = 7) => Readable.from(Array.from({ length: Math.ceil(text.length / chunk) }, (_, i) => Buffer.from(text.slice(i * chunk, (i + 1) * chunk))));

test('a small input is read whole', async () => {
  assert.deepEqual(await readTail(stream('a\nb\nc'), 1000), { text: 'a\nb\nc', skippedLines: 0, skippedBytes: 0 });
});

test('a large input keeps whole lines of its tail and counts the lines it skipped', async () => {
  const lines = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`);
  const tail = await readTail(stream(lines.join('\n')), 40);
  assert.ok(tail.text.length <= 40);
  const first = tail.text.split('\n')[0];
  // The tail's first line is original line skippedLines + 1.
  assert.equal(first, `line ${tail.skippedLines + 1}`);
  assert.ok(tail.text.endsWith('line 100'));
});
