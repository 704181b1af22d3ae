import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkGuidePaths, parseGuideId } from '../../../src/lib/content/guide-path.ts';

test('well-formed guide paths pass', () => {
  assert.deepEqual(checkGuidePaths(['en/ghcr-write-package-permission.mdx', 'ko/ghcr-write-package-permission.mdx']), []);
});

test('a duplicate slug in one language is reported with both files', () => {
  const problems = checkGuidePaths(['en/a-guide.mdx', 'en/A-guide.mdx', 'en/a-guide.md']);
  const messages = problems.map((p) => `${p.file}: ${p.message}`);
  assert.ok(messages.some((m) => m.startsWith('en/A-guide.mdx') && m.includes('duplicate slug') && m.includes('en/a-guide.mdx')));
  assert.ok(messages.some((m) => m.startsWith('en/a-guide.md:') && m.includes('.mdx')));
});

test('unknown language folders, nesting and non-kebab slugs are refused', () => {
  const files = checkGuidePaths(['fr/x.mdx', 'en/sub/x.mdx', 'en/My_Guide.mdx', 'readme.mdx']).map((p) => p.file);
  assert.deepEqual(files, ['fr/x.mdx', 'en/sub/x.mdx', 'en/My_Guide.mdx', 'readme.mdx']);
});

test('parseGuideId reads a content entry id', () => {
  assert.deepEqual(parseGuideId('ko/some-guide'), { lang: 'ko', slug: 'some-guide' });
  assert.equal(parseGuideId('de/some-guide'), undefined);
  assert.equal(parseGuideId('en/a/b'), undefined);
});
