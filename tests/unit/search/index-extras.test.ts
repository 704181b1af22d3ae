import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { INDEX_EXTRAS_CLOSE, INDEX_EXTRAS_OPEN, stripIndexExtras } from '../../../src/lib/search/index-extras.ts';

const extras = (text: string) => `${INDEX_EXTRAS_OPEN}${text}${INDEX_EXTRAS_CLOSE}`;

describe('stripIndexExtras', () => {
  test('removes the index-only block with the space before it and the period Pagefind adds after it', () => {
    const content = `Grant the workflow write access to packages. ${extras('denied: permission_denied: write_package 용량 부족')}. Then push again.`;
    assert.equal(stripIndexExtras(content), 'Grant the workflow write access to packages. Then push again.');
  });

  test('removes every block, not only the first', () => {
    assert.equal(stripIndexExtras(`Body ${extras('ghcr')} middle ${extras('write_package')}`), 'Body middle');
  });

  test('removes a block that spans lines', () => {
    assert.equal(stripIndexExtras(`Body\n${extras('npm ERR! code E401\nnpm ERR! 401 Unauthorized')}`), 'Body');
  });

  test('leaves text without a block, or with an unclosed mark, as it is', () => {
    assert.equal(stripIndexExtras('denied: requested access to the resource is denied'), 'denied: requested access to the resource is denied');
    assert.equal(stripIndexExtras(`no extras ${INDEX_EXTRAS_OPEN} unclosed`), `no extras ${INDEX_EXTRAS_OPEN} unclosed`);
    assert.equal(stripIndexExtras(''), '');
  });

  test('fences the block with ⟦ and ⟧', () => {
    assert.equal(INDEX_EXTRAS_OPEN, '⟦');
    assert.equal(INDEX_EXTRAS_CLOSE, '⟧');
  });
});
