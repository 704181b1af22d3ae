import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeSharedLog, encodeSharedLog } from '../../../src/lib/lookup/share-codec.ts';
import { fileURLToPath } from 'node:url';
import { compileRecords } from '../../../src/lib/lookup/compile-records.ts';
import { lookupLog } from '../../../src/lib/lookup/lookup.ts';
import { shareableText } from '../../../src/lib/lookup/share-text.ts';
import { readErrorRecords } from '../../../src/node/read-error-records.ts';

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

test('a shared link never carries a secret of any kind, whether the log is shared whole or by its matched lines', async () => {
  const alnum = 'aB3dE5gH7jK9mN2pQ4sT6vW8yZ0bC1fGxY';
  const make = (prefix: string, length: number) => prefix + alnum.repeat(3).slice(0, length);
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  // Each kind of secret the redactor knows, as it shows up in real logs (built here, never stored).
  const secrets = {
    'GitHub classic token': make(['ghp', '_'].join(''), 36),
    'GitHub OAuth token': make(['gho', '_'].join(''), 36),
    'GitHub Actions token': make(['ghs', '_'].join(''), 36),
    'GitHub fine-grained token': make(['github', '_pat_'].join(''), 82),
    'npm token': make(['npm', '_'].join(''), 36),
    'AWS access key': ['AKIA', 'IOSFODNN7EXAMPL1'].join(''),
    JWT: [b64({ alg: 'HS256', typ: 'JWT' }), b64({ sub: 'ci', iat: 1 }), make('', 43)].join('.'),
    'URL password': make('', 24),
  };
  const lines = [
    `echo ${secrets['GitHub classic token']} | docker login ghcr.io -u me --password-stdin`,
    `GH_TOKEN=${secrets['GitHub OAuth token']} gh api /user`,
    `token: ${secrets['GitHub Actions token']}`,
    `git clone https://x:${secrets['GitHub fine-grained token']}@github.com/acme/app.git`,
    `//registry.npmjs.org/:_authToken=${secrets['npm token']}`,
    `AWS_ACCESS_KEY_ID=${secrets['AWS access key']}`,
    `Authorization: Bearer ${secrets.JWT}`,
    `pip install -i https://deploy:${secrets['URL password']}@pypi.example.com/simple pkg`,
  ];
  // The long-log case goes through the real engine: only the matched line is shared, and it carries every secret.
  const index = compileRecords(readErrorRecords(fileURLToPath(new URL('../../../content/errors', import.meta.url))).records);
  const longLog = `${'noise\n'.repeat(5000)}ERROR: failed to push ghcr.io/acme/site:latest: denied: permission_denied: write_package ; ${lines.join(' ; ')}\n`;
  for (const [how, shared] of [
    ['whole', shareableText(`${lines.join('\n')}\nERROR: denied`, undefined)],
    ['matched lines', shareableText(longLog, lookupLog(index, longLog), 1000)],
  ] as const) {
    const link = await encodeSharedLog(shared);
    const opened = await decodeSharedLog(link);
    assert.match(opened, /denied/, `the ${how} share keeps the error`);
    for (const [kind, secret] of Object.entries(secrets)) {
      assert.ok(!opened.includes(secret), `${kind} leaks when shared ${how}`);
      assert.ok(!link.includes(secret), `${kind} appears in the link when shared ${how}`);
    }
  }
});
