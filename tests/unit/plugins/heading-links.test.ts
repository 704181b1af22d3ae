import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { headingIds } from '../../../src/plugins/heading-ids.ts';
import { headingLinks } from '../../../src/plugins/heading-links.ts';
import { compile } from './compile.ts';

describe('headingLinks', () => {
  test('wraps h2 and h3 with a permalink that names the heading in the page language', async () => {
    const html = await compile('## 원인 \\{#causes}\n\n#### Deeper \\{#deep}', { mdast: [headingIds], hast: [headingLinks], lang: 'ko' });
    assert.equal(
      html,
      '<div class="heading-wrapper level-h2"><h2 id="causes">원인</h2><a class="heading-link" href="#causes" data-heading-link="" data-pagefind-ignore="">' +
        '<span aria-hidden="true">#</span><span class="sr-only">“원인” 섹션 링크 복사</span></a></div>\n<h4 id="deep">Deeper</h4>',
    );
  });

  test('speaks English on English guides and skips headings without an id', async () => {
    const html = await compile('### Verify \\{#verify}\n\n## No id', { mdast: [headingIds], hast: [headingLinks] });
    assert.match(html, /<span class="sr-only">[^<]*Verify[^<]*<\/span>/);
    assert.doesNotMatch(html, /heading-wrapper[^>]*>\s*<h2>/);
  });
});
