// Renders code blocks in worker threads. Highlighting (Shiki) is most of the time a build spends
// on guides, and Astro does it on one thread: a pool puts the other cores to work. Plugged in
// through Expressive Code's `customCreateAstroRenderer`; the main thread's own renderer still
// provides the shared styles and scripts, and renders everything when there is one core.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createAstroRenderer, type ExpressiveCode, type ExpressiveCodeBlock } from 'astro-expressive-code';
import type { Element } from 'hast';
import { toSatteriHtml } from '../plugins/satteri-html.ts';

type CreateArgs = Parameters<typeof createAstroRenderer>[0];

/** The parts of the Astro config Expressive Code reads, as a worker can receive them (URLs as strings). */
export interface PoolAstroConfig {
  base: string;
  root: string;
  srcDir: string;
  build: { assets: string; assetsPrefix?: string | undefined };
}

/** A block to render: what Expressive Code needs to build it again in a worker. */
export interface CodeBlockRequest {
  id: number;
  input: { code: string; language: string; meta: string; locale: string | undefined; parentDocument: unknown };
}

/**
 * The rendered group with its content as one `raw` node of the HTML Sätteri would write for it.
 * The main thread then receives a few nodes and hands Sätteri a string, instead of a tree of every
 * line and token: that work sat on the build's busiest thread. A leading stylesheet link stays an
 * element, as Expressive Code inserts the page's first styles after it.
 */
export function compactGroup(group: Element): Element {
  const [first, ...rest] = group.children;
  const leading = first?.type === 'element' && (first.tagName === 'link' || first.tagName === 'style') ? [first] : [];
  const content = leading.length ? rest : group.children;
  return { ...group, children: [...leading, { type: 'raw', value: toSatteriHtml(content) }] };
}

/** A worker's answer: the rendered group (compacted), or the error it hit. */
export type CodeBlockReply = { id: number; renderedGroupAst: Element; styles: string[] } | { id: number; error: string };

/** Every pool started in this process, so they can be stopped together. */
const pools = new Set<CodeBlockPool>();

/** Stops the workers of every pool (a test or a long-lived process that is done rendering). */
export async function closeCodeBlockPools(): Promise<void> {
  const all = [...pools];
  pools.clear();
  await Promise.all(all.map((pool) => pool.close()));
}

/** A few workers that each render code blocks, given to the least busy one. */
class CodeBlockPool {
  readonly #workers: { worker: Worker; pending: number }[];
  readonly #waiting = new Map<number, { resolve: (value: { renderedGroupAst: Element; styles: Set<string> }) => void; reject: (error: Error) => void }>();
  #nextId = 0;
  /** Set once a worker died: every block waiting and every later one fails with it, none hangs. */
  #broken: Error | undefined;
  #closing = false;

  constructor(size: number, astroConfig: PoolAstroConfig) {
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./code-block-worker.ts', import.meta.url), { workerData: astroConfig });
      // Idle workers must not keep a finished build (or a dev server shutting down) alive.
      worker.unref();
      const slot = { worker, pending: 0 };
      worker.on('message', (reply: CodeBlockReply) => {
        slot.pending--;
        const waiting = this.#waiting.get(reply.id);
        this.#waiting.delete(reply.id);
        if ('error' in reply) waiting?.reject(new Error(`Code block rendering failed in a worker: ${reply.error}`));
        else waiting?.resolve({ renderedGroupAst: reply.renderedGroupAst, styles: new Set(reply.styles) });
      });
      worker.on('error', (error: Error) => this.#fail(new Error(`A code block worker failed: ${error.message}`, { cause: error })));
      worker.on('exit', (code) => {
        if (!this.#closing) this.#fail(new Error(`A code block worker stopped (exit code ${code})`));
      });
      return slot;
    });
    pools.add(this);
  }

  /** Stops every worker; blocks still waiting fail. */
  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
    this.#fail(new Error('The code block workers were stopped'));
  }

  #fail(error: Error): void {
    this.#broken ??= error;
    for (const waiting of this.#waiting.values()) waiting.reject(this.#broken);
    this.#waiting.clear();
  }

  /** Renders one block in the least busy worker. */
  render(block: ExpressiveCodeBlock): Promise<{ renderedGroupAst: Element; styles: Set<string> }> {
    if (this.#broken) return Promise.reject(this.#broken);
    const id = this.#nextId++;
    const input: CodeBlockRequest['input'] = {
      code: block.code,
      language: block.language,
      meta: block.meta,
      locale: block.locale,
      parentDocument: block.parentDocument,
    };
    const slot = this.#workers.reduce((a, b) => (b.pending < a.pending ? b : a));
    slot.pending++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ id, input } satisfies CodeBlockRequest);
    });
  }
}

/**
 * Expressive Code's Astro renderer, with code blocks rendered by `workers` worker threads
 * (default: one per core; `SAPJIL_CODE_WORKERS=0` renders on the main thread).
 */
export async function createPooledAstroRenderer(args: CreateArgs): Promise<Awaited<ReturnType<typeof createAstroRenderer>>> {
  const renderer = await createAstroRenderer(args);
  const configured = process.env['SAPJIL_CODE_WORKERS'];
  const workers = configured === undefined || configured === '' ? availableParallelism() : Number(configured);
  if (!Number.isInteger(workers) || workers < 0) {
    throw new Error(`SAPJIL_CODE_WORKERS must be a whole number of threads, 0 for none (got "${configured}")`);
  }
  if (workers === 0) return renderer;
  const { astroConfig } = args;
  const pool = new CodeBlockPool(workers, {
    base: astroConfig.base,
    root: astroConfig.root.href,
    srcDir: astroConfig.srcDir.href,
    build: { assets: astroConfig.build?.assets ?? '_astro', assetsPrefix: typeof astroConfig.build?.assetsPrefix === 'string' ? astroConfig.build.assetsPrefix : undefined },
  });
  // Only `render` is called per block; the rest of the engine stays the main thread's.
  const ec = Object.create(renderer.ec) as ExpressiveCode;
  ec.render = ((input: ExpressiveCodeBlock) => pool.render(input)) as unknown as ExpressiveCode['render'];
  return { ...renderer, ec };
}
