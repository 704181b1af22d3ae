import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codeLanguage } from '../../../src/plugins/code-language.ts';
import { compile } from './compile.ts';

const GUIDE = '권한은 `packages: write` 입니다.\n\n```yaml\npermissions: {}\n```\n\n- 목록 안의 `docker push`\n';

describe('codeLanguage', () => {
  test('marks inline code in a Korean guide as English, and leaves blocks to Expressive Code', async () => {
    const html = await compile(GUIDE, { mdast: [codeLanguage], lang: 'ko' });
    assert.match(html, /<code lang="en">packages: write<\/code>/);
    assert.match(html, /<li>목록 안의 <code lang="en">docker push<\/code><\/li>/);
    assert.match(html, /<pre><code class="language-yaml">/);
  });

  test('leaves English guides alone', async () => {
    const html = await compile(GUIDE, { mdast: [codeLanguage], lang: 'en' });
    assert.doesNotMatch(html, /lang="en"/);
  });
});
