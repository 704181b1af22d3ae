// A worker thread that renders code blocks with Expressive Code (see code-block-pool.ts): the
// same renderer as the main thread's, from the same options, so its output is identical.
import { parentPort, workerData } from 'node:worker_threads';
import { createAstroRenderer, type ExpressiveCodeBlockOptions } from 'astro-expressive-code';
import { codeBlockOptions } from '../plugins/code-blocks.ts';
import { compactGroup, type CodeBlockReply, type CodeBlockRequest, type PoolAstroConfig } from './code-block-pool.ts';

const quiet = { info: () => undefined, debug: () => undefined, warn: console.warn, error: console.error };
const config = workerData as PoolAstroConfig;
const renderer = createAstroRenderer({
  astroConfig: { ...config, root: new URL(config.root), srcDir: new URL(config.srcDir) },
  ecConfig: codeBlockOptions(),
  // Expressive Code wants an Astro logger; warnings and errors still reach the build output.
  logger: quiet as unknown as Parameters<typeof createAstroRenderer>[0]['logger'],
});

parentPort?.on('message', async ({ id, input }: CodeBlockRequest) => {
  let reply: CodeBlockReply;
  try {
    const { renderedGroupAst, styles } = await (await renderer).ec.render(input as ExpressiveCodeBlockOptions);
    reply = { id, renderedGroupAst: compactGroup(renderedGroupAst), styles: [...styles] };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
