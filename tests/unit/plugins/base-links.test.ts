import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { baseLinks } from '../../../src/plugins/base-links.ts';
import { compile } from './compile.ts';

/** The hrefs of links to these targets after the plugin ran with `base`. */
async function hrefs(base: string, targets: string[]): Promise<string[]> {
  const html = await compile(targets.map((t) => `[x](${t})`).join('\n\n'), { hast: [baseLinks({ base })] });
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('baseLinks', () => {
  test('prefixes the sub-path to root-absolute site links, once', async () => {
    assert.deepEqual(await hrefs('/sapjil/', ['/en/guides/x/#fix', '/sapjil/ko/', '/errors/id/']), ['/sapjil/en/guides/x/#fix', '/sapjil/ko/', '/sapjil/errors/id/']);
  });

  test('leaves fragments, relative links, other origins and protocol-relative URLs alone', async () => {
    const targets = ['#causes', 'other/', 'https://docs.github.com/x', '//cdn.example.com/a', 'mailto:a@b.c'];
    assert.deepEqual(await hrefs('/sapjil', targets), targets);
  });

  test('changes nothing at the domain root', async () => {
    assert.deepEqual(await hrefs('/', ['/en/guides/x/']), ['/en/guides/x/']);
  });
});
