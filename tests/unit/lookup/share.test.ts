import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeSharedLog, encodeSharedLog } from '../../../src/lib/lookup/share-codec.ts';
import { shareableText } from '../../../src/lib/lookup/share-text.ts';

// Assembled at run time so no token-shaped string sits in the repository.
const token = ['ghp', '_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'].join('');

test('a shared log round-trips through the URL fragment encoding, Korean included', async () => {
  const text = 'Error: buildx failed with: ERROR: denied: permission_denied: write_package\n푸시 실패';
  const encoded = await encodeSharedLog(text);
  assert.match(encoded, /^[A-Za-z0-9_-]+$/);
  assert.equal(await decodeSharedLog(encoded), text);
});

test('a short paste is shared whole but with its secrets redacted', () => {
  const shared = shareableText(`echo ${token} | docker login ghcr.io -u me --password-stdin\ndenied`, undefined);
  assert.ok(!shared.includes(token));
  assert.match(shared, /docker login ghcr\.io/);
});

test('a long log shares only its matched lines', () => {
  const result = {
    matches: [{ id: 'x', guide: 'g', anchor: 'a', score: 1, confidence: 'high' as const, captures: {}, hits: [{ line: 9, text: 'denied: x', ranges: [] }] }],
    lineCount: 10,
    tooLarge: false,
    truncated: false,
  };
  assert.equal(shareableText('noise\n'.repeat(5000), result, 1000), 'denied: x');
});

test('junk fragments decode to nothing instead of throwing', async () => {
  for (const junk of ['', '!!!', 'AAAA', 42, undefined, 'x'.repeat(70_000)]) assert.equal(await decodeSharedLog(junk), '');
});
