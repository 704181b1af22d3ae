import { defineMiddleware } from 'astro:middleware';
import { PAGE_RENDER_SIGNAL, type PageRenderSignalHolder } from './lib/site/page-render-signal.ts';

/** Tells the build (when it listens) which page starts rendering; changes nothing in the response. */
export const onRequest = defineMiddleware((context, next) => {
  (globalThis as PageRenderSignalHolder)[PAGE_RENDER_SIGNAL]?.(context.url.pathname);
  return next();
});
