// The code block workers must render exactly what the main thread renders: the same HTML once
// Sätteri writes the page (a worker sends its block as one raw node of that HTML), same styles, for Korean and English blocks, titled frames, marked lines and terminals, and
// the first block of a page (which carries the links to the shared stylesheet and script).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { createAstroRenderer, ExpressiveCodeBlock } from 'astro-expressive-code';
import { closeCodeBlockPools, createPooledAstroRenderer } from '../../../src/node/code-block-pool.ts';
import { codeBlockOptions } from '../../../src/plugins/code-blocks.ts';
import { satteriWrites } from '../plugins/compile.ts';

const root = new URL('../../../', import.meta.url);
const astroConfig = { base: '/sapjil/', root, srcDir: new URL('src/', root), build: { assets: '_astro' } };
after(closeCodeBlockPools);

const page = (lang: string, groupIndex: number) => ({ sourceFilePath: `/site/content/guides/${lang}/g.mdx`, positionInDocument: { groupIndex } });
const BLOCKS = [
  { code: 'permissions:\n  contents: read\n  packages: write', language: 'yaml', meta: 'title=".github/workflows/publish.yml" ins={3}', locale: 'ko', parentDocument: page('ko', 0) },
  { code: 'docker push ghcr.io/owner/image:latest\ndenied: permission_denied: write_package', language: 'sh', meta: '', locale: 'en', parentDocument: page('en', 1) },
  { code: 'npm ci', language: 'bash', meta: 'frame="terminal" title="로컬에서"', locale: 'ko', parentDocument: page('ko', 2) },
];

test('blocks rendered in workers equal blocks rendered on the main thread', async () => {
  const plain = await createAstroRenderer({ astroConfig, ecConfig: codeBlockOptions() });
  const previous = process.env['SAPJIL_CODE_WORKERS'];
  process.env['SAPJIL_CODE_WORKERS'] = '2';
  try {
    const pooled = await createPooledAstroRenderer({ astroConfig, ecConfig: codeBlockOptions() });
    assert.notEqual(pooled.ec, plain.ec);
    assert.equal(pooled.baseStyles, plain.baseStyles);
    for (const input of BLOCKS) {
      const expected = await plain.ec.render(new ExpressiveCodeBlock(input));
      const actual = await pooled.ec.render(new ExpressiveCodeBlock(input));
      assert.equal(await satteriWrites(actual.renderedGroupAst), await satteriWrites(expected.renderedGroupAst), `${input.language} block`);
      // The worker's reply is the compact one: the group, perhaps its stylesheet link, then raw HTML.
      assert.equal(actual.renderedGroupAst.tagName, expected.renderedGroupAst.tagName);
      assert.deepEqual(actual.renderedGroupAst.properties, expected.renderedGroupAst.properties);
      assert.equal(actual.renderedGroupAst.children.at(-1)?.type, 'raw');
      assert.deepEqual([...actual.styles], [...expected.styles]);
    }
  } finally {
    if (previous === undefined) delete process.env['SAPJIL_CODE_WORKERS'];
    else process.env['SAPJIL_CODE_WORKERS'] = previous;
  }
});

test('a worker error reaches the caller instead of hanging the build', async () => {
  process.env['SAPJIL_CODE_WORKERS'] = '1';
  try {
    const pooled = await createPooledAstroRenderer({ astroConfig, ecConfig: codeBlockOptions() });
    const broken = new ExpressiveCodeBlock({ code: 'x', language: 'text', meta: 'mark={', locale: 'en' });
    // A meta string the parser rejects fails in the worker; the promise must settle either way.
    const settled = await pooled.ec.render(broken).then(() => 'rendered', (error: Error) => error.message);
    assert.ok(settled === 'rendered' || /worker/.test(settled), settled);
  } finally {
    delete process.env['SAPJIL_CODE_WORKERS'];
  }
});

test('a worker count that is no whole number is refused with a clear message', async () => {
  process.env['SAPJIL_CODE_WORKERS'] = 'many';
  try {
    await assert.rejects(createPooledAstroRenderer({ astroConfig, ecConfig: codeBlockOptions() }), /SAPJIL_CODE_WORKERS must be a whole number of threads, 0 for none \(got "many"\)/);
  } finally {
    delete process.env['SAPJIL_CODE_WORKERS'];
  }
});

test('after the workers stop, a block fails at once instead of waiting forever', async () => {
  process.env['SAPJIL_CODE_WORKERS'] = '1';
  try {
    const pooled = await createPooledAstroRenderer({ astroConfig, ecConfig: codeBlockOptions() });
    await closeCodeBlockPools();
    await assert.rejects(pooled.ec.render(new ExpressiveCodeBlock({ code: 'x', language: 'text', meta: '', locale: 'en' })), /stopped/);
  } finally {
    delete process.env['SAPJIL_CODE_WORKERS'];
  }
});
