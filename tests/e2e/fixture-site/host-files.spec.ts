import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// Host files are read by the host, not served to browsers (and `astro preview` serves no
// extension-less files), so these read the fixture build's output directly.
const hostFile = (name: string) => readFileSync(new URL(`../../../dist-fixtures/${name}`, import.meta.url), 'utf8');

test('_redirects turns each alias into a 301 to its guide, generated from the guides', () => {
  const text = hostFile('_redirects');
  expect(text).toContain('/posts/paired-guide/ /en/guides/paired-guide/ 301\n');
  expect(text).toContain('/ko/posts/paired-guide/ /ko/guides/paired-guide/ 301\n');
});

test('_headers marks hashed assets immutable and sets the security headers for every path', () => {
  const text = hostFile('_headers');
  expect(text).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  expect(text).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff$/m);
});
