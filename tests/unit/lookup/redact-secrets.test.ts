import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findSecrets, mapRangeThroughRedaction, redactSecrets, redactWithOffsets } from '../../../src/lib/lookup/redact-secrets.ts';

// Fake tokens are assembled at run time so no token-shaped string sits in the repository
// (secret scanners would flag it, and rightly so).
const ALPHANUMERIC = 'aB3dE5gH7jK9mN2pQ4sT6vW8yZ0bC1fG';
function fake(prefix: string, length: number, alphabet = ALPHANUMERIC): string {
  let out = prefix;
  for (let i = 0; out.length < prefix.length + length; i++) out += alphabet[(i * 7 + 3) % alphabet.length];
  return out;
}
const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('redactSecrets', () => {
  test('replaces each kind of GitHub token', () => {
    for (const prefix of ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']) {
      const token = fake(prefix, 36);
      assert.equal(redactSecrets(`echo ${token} | docker login ghcr.io -u bot --password-stdin`), 'echo [redacted:github-token] | docker login ghcr.io -u bot --password-stdin');
    }
    const pat = fake('github_pat_', 22) + '_' + fake('', 59);
    assert.equal(redactSecrets(`GH_PAT=${pat}`).includes(pat.slice(11)), false);
  });

  test('replaces npm tokens and .npmrc _authToken values but keeps the key', () => {
    const token = fake('npm_', 36);
    assert.equal(redactSecrets(`NPM_TOKEN: ${token}`).includes(token), false);
    assert.equal(
      redactSecrets(`//npm.pkg.github.com/:_authToken=${fake('', 40)}`),
      '//npm.pkg.github.com/:_authToken=[redacted:npm-token]',
    );
  });

  test('leaves GitHub’s *** mask and ${VAR} references alone', () => {
    const text = '//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}\n  NODE_AUTH_TOKEN: ***\nAuthorization: Bearer ***';
    assert.equal(redactSecrets(text), text);
  });

  test('replaces AWS access key ids and secret access keys', () => {
    // AWS's own documentation examples.
    const text = 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const out = redactSecrets(text);
    assert.equal(out.includes('AKIAIOSFODNN7EXAMPLE'), false);
    assert.equal(out.includes('wJalrXUtnFEMI'), false);
    assert.match(out, /aws_secret_access_key = \[redacted:aws-secret-access-key\]/);
    assert.equal(redactSecrets(fake('ASIA', 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')), '[redacted:aws-access-key-id]');
  });

  test('replaces JSON web tokens', () => {
    const jwt = `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url({ sub: 'repo:acme/app:ref:refs/heads/main', aud: 'sts.amazonaws.com' })}.${fake('', 43)}`;
    assert.equal(redactSecrets(`id-token: ${jwt} (expires in 300s)`), 'id-token: [redacted:jwt] (expires in 300s)');
  });

  test('replaces Authorization header values, Bearer, Basic or token', () => {
    assert.equal(redactSecrets(`curl -H "Authorization: Bearer ${fake('', 40)}" https://api.github.com`), 'curl -H "Authorization: Bearer [redacted:authorization]" https://api.github.com');
    assert.equal(redactSecrets(`Authorization: Basic ${Buffer.from('bot:hunter2hunter2').toString('base64')}`), 'Authorization: Basic [redacted:authorization]');
    assert.equal(redactSecrets(`authorization: token ${fake('', 40)}`), 'authorization: token [redacted:authorization]');
  });

  test('replaces the password in a URL but keeps the user and host', () => {
    assert.equal(
      redactSecrets('fatal: unable to access \'https://x-access-token:s3cr3t-v4lue@github.com/acme/app.git/\': The requested URL returned error: 403'),
      "fatal: unable to access 'https://x-access-token:[redacted:url-password]@github.com/acme/app.git/': The requested URL returned error: 403",
    );
  });

  test('replaces docker login -p and --password arguments but not --password-stdin', () => {
    assert.equal(redactSecrets('docker login -u acme -p hunter2hunter2 registry.example.com'), 'docker login -u acme -p [redacted:docker-password] registry.example.com');
    assert.equal(redactSecrets('docker login --password="hunter 2" ghcr.io'), 'docker login --password=[redacted:docker-password] ghcr.io');
    const stdin = 'echo *** | docker login ghcr.io -u acme --password-stdin';
    assert.equal(redactSecrets(stdin), stdin);
  });

  test('leaves ordinary log lines untouched', () => {
    const line = 'ERROR: failed to push ghcr.io/acme/app:main: denied: permission_denied: write_package';
    assert.equal(redactSecrets(line), line);
    assert.deepEqual(findSecrets(line), []);
  });

  test('gives an empty string for anything that is not a string', () => {
    for (const junk of [undefined, null, 7, {}, []]) assert.equal(redactSecrets(junk), '');
  });

  test('moves highlights past placeholders so they still point at the same words', () => {
    const token = fake('ghp_', 36);
    const line = `token ${token} denied: requested access to the resource is denied`;
    const start = line.indexOf('denied');
    const redacted = redactWithOffsets(line);
    const [from, to] = mapRangeThroughRedaction([start, line.length], redacted.spans);
    assert.equal(redacted.text.slice(from, to), 'denied: requested access to the resource is denied');
  });

  test('stays linear on input built to make backtracking regexes explode', () => {
    const hostile = ['eyJ-'.repeat(50_000), 'a'.repeat(200_000) + ':', 'docker login '.repeat(20_000), 'https://' + 'a:'.repeat(100_000)].join('\n');
    const started = performance.now();
    redactSecrets(hostile);
    assert.ok(performance.now() - started < 1_000, 'redaction of 1 MB of hostile input took over a second');
  });
});
