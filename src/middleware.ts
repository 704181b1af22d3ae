import { defineMiddleware } from 'astro:middleware';
import { signalPageRender } from './lib/site/page-render-signal.ts';

/** Tells the build (when it listens) which page starts rendering; changes nothing in the response. */
export const onRequest = defineMiddleware((context, next) => {
  signalPageRender(context.url.pathname);
  return next();
});
