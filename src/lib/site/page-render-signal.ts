// The build wants to know when Astro starts rendering each page (src/integrations/search-index.ts
// indexes the pages written so far). Pages render inside the build's own process, so the
// middleware (src/middleware.ts) reaches the integration through a global; in `astro dev` and
// on a preview server nothing listens and the call is skipped.

/** The global under which the build listens for pages starting to render. */
const PAGE_RENDER_SIGNAL = Symbol.for('sapjil.page-render-started');

/** Called with a page's URL path as Astro starts rendering it. */
export type PageRenderListener = (pathname: string) => void;

const holder = globalThis as typeof globalThis & { [PAGE_RENDER_SIGNAL]?: PageRenderListener };

/** Starts (with a listener) or stops (with `undefined`) listening for pages starting to render. */
export function listenForPageRenders(listener: PageRenderListener | undefined): void {
  if (listener) holder[PAGE_RENDER_SIGNAL] = listener;
  else delete holder[PAGE_RENDER_SIGNAL];
}

/** Tells the listener, if any, that the page at `pathname` starts rendering. */
export function signalPageRender(pathname: string): void {
  holder[PAGE_RENDER_SIGNAL]?.(pathname);
}
