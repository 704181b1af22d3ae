import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { headingIds } from '../../../src/plugins/heading-ids.ts';
import { compile } from './compile.ts';

const run = (markdown: string, lang = 'en') => compile(markdown, { mdast: [headingIds], lang });

describe('headingIds', () => {
  test('takes the explicit id and drops it from the text, as MDX authors write it', async () => {
    assert.equal(await run('## 원인과 해결 \\{#causes}', 'ko'), '<h2 id="causes">원인과 해결</h2>');
  });

  test('keeps inline markup before the id', async () => {
    assert.equal(await run('### `GITHUB_TOKEN` lacks *write* \\{#fix-token}'), '<h3 id="fix-token"><code>GITHUB_TOKEN</code> lacks <em>write</em></h3>');
  });

  test('slugs ASCII headings and numbers repeats; leaves h1 alone', async () => {
    const html = await run('# Title\n\n## How to verify\n\n## How to verify');
    assert.equal(html, '<h1>Title</h1>\n<h2 id="how-to-verify">How to verify</h2>\n<h2 id="how-to-verify-1">How to verify</h2>');
  });

  test('fails on a Korean heading without an id, naming file and line', async () => {
    await assert.rejects(run('intro\n\n## 확인하기', 'ko'), /content\/guides\/ko\/g\.mdx:3: heading "확인하기" needs an explicit ASCII id/);
  });

  test('fails on an id that is not kebab-case, and on an explicit id used twice', async () => {
    await assert.rejects(run('## Fix \\{#Fix_It}'), /heading id "\{#Fix_It\}" must be lower-case ASCII kebab-case/);
    await assert.rejects(run('## A \\{#fix}\n\n## B \\{#fix}'), /:3: heading id "fix" is used twice in this file/);
  });
});
