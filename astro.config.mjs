// @ts-check
import { createHash } from 'node:crypto';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import expressiveCode from 'astro-expressive-code';
import { defineConfig } from 'astro/config';
import { builtLinks } from './src/integrations/built-links.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { cspHeader } from './src/integrations/csp-header.ts';
import { errorRecords } from './src/integrations/error-records.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { styleAttributes } from './src/integrations/style-attributes.ts';
import { THEME_BOOT_SCRIPT } from './src/lib/site/theme-boot.ts';
import { createPooledAstroRenderer } from './src/node/code-block-pool.ts';
import { baseLinks } from './src/plugins/base-links.ts';
import { codeBlockOptions } from './src/plugins/code-blocks.ts';
import { codeLanguage } from './src/plugins/code-language.ts';
import { headingIds } from './src/plugins/heading-ids.ts';
import { headingLinks } from './src/plugins/heading-links.ts';
import { contentDir } from './src/site.config.ts';

const search = searchIndex();

// `site` and `base` come from the environment so one source serves the public site,
// a sub-path deploy (e.g. GitHub Pages at /sapjil/) and local previews.
const site = process.env.SAPJIL_SITE ?? 'https://sapjil.dev';
const base = process.env.SAPJIL_BASE ?? '/';

// The one inline script (theme before first paint) is allowed by its hash.
const themeBootHash = `sha256-${createHash('sha256').update(THEME_BOOT_SCRIPT).digest('base64')}`;

export default defineConfig({
  site,
  base,
  // A Content-Security-Policy on every page: Astro hashes the scripts and styles it emits; no
  // inline script or style runs without a hash, and nothing loads from another origin.
  // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly (it evaluates no JavaScript).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [/** @type {`sha256-${string}`} */ (themeBootHash)] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  trailingSlash: 'always',
  outDir: process.env.SAPJIL_OUT_DIR ?? './dist',
  // Separate caches let the build-error tests run several builds side by side.
  ...(process.env.SAPJIL_CACHE_DIR ? { cacheDir: process.env.SAPJIL_CACHE_DIR } : {}),
  // Two guides resolving to one URL is a content bug, not something to pick a winner for.
  prerenderConflictBehavior: 'error',
  i18n: {
    locales: ['en', 'ko'],
    defaultLocale: 'en',
    // `/` is our own page: it picks the reader's language, and links both without JavaScript.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's asset module for each content entry starts with a `"use astro:head-inject"`
        // directive that Astro itself reads; Rolldown warns for every guide (with a code frame)
        // that it may not survive bundling. Expected, and 2,000 of them would hide real warnings.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  markdown: {
    // Sätteri, Astro 7's default processor, parses in Rust: about 3× faster than the unified
    // (remark/rehype) pipeline on 2,000 guides (tests/bench/build-time.ts). Our plugins are
    // Sätteri visitors; Expressive Code adds its own after them.
    processor: satteri({
      mdastPlugins: [headingIds, codeLanguage],
      hastPlugins: [headingLinks, baseLinks({ base })],
    }),
  },
  integrations: [
    contentGuard({ contentDir }),
    errorRecords({ contentDir }),
    // Expressive Code (built on Shiki): file titles, ins/del/mark lines, an accessible copy
    // button and light/dark themes, which would otherwise be four hand-written transformers.
    // Options shared with the code block workers (src/plugins/code-blocks.ts), which render
    // blocks on every core (src/node/code-block-pool.ts).
    expressiveCode({ ...codeBlockOptions(), customCreateAstroRenderer: createPooledAstroRenderer }),
    // Guides are static text: `optimize` compiles each to one HTML string instead of a tree of
    // JSX calls, which halves both bundling and rendering on 2,000 guides (same HTML).
    mdx({ optimize: true }),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', ko: 'ko' } },
      // `/` only picks a language and `/404/` is no page to list.
      filter: (page) => !page.endsWith('/404/') && new URL(page).pathname !== new URL(base, site).pathname,
    }),
    // After the pages are written: Pagefind reads them all, then writes the search bundle in
    // its own process while style attributes move out of the HTML (the last pass that rewrites
    // pages), the CSP header is gathered and the links are checked.
    search.start,
    styleAttributes(),
    cspHeader(),
    builtLinks(),
    search.finish,
  ],
});
