import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { markdownBody } from '../../../src/lib/content/markdown-body.ts';

/** What Astro's MDX content type stores as `entry.body` (see @astrojs/mdx's getEntryInfo). */
const astroBody = (source: string) => parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content.trim();

test('every guide body is the one Astro gives as entry.body', () => {
  const dir = 'content/guides';
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  assert.ok(files.length > 10, 'the real guides are read');
  for (const file of files) {
    const source = readFileSync(join(dir, file), 'utf8');
    assert.equal(markdownBody(source), astroBody(source), file);
  }
});

test('edge cases match Astro: no front matter, blank lines or a BOM before it, CRLF, TOML', () => {
  const cases = [
    '# Title\n\nText\n',
    '---\ntitle: a\n---\n\nBody ---\n',
    '\n\n---\ntitle: a\n---\nBody\n',
    '\uFEFF---\ntitle: a\n---\nBody',
    '---\r\ntitle: a\r\n---\r\n\r\nBody\r\n',
    '+++\ntitle = "a"\n+++\nBody\n',
    '---\ntitle: a\n---\n\n---\n\nA rule above, not front matter.\n',
    'Text first\n---\ntitle: a\n---\n',
  ];
  for (const source of cases) assert.equal(markdownBody(source), astroBody(source), JSON.stringify(source));
});

test('the body leaves the front matter out and keeps the rest whole', () => {
  assert.equal(markdownBody('---\ntitle: 제목\n---\n\n본문 `---` 그대로\n'), '본문 `---` 그대로');
});
