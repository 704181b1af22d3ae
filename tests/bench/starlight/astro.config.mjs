// @ts-check
// The Starlight side of tests/bench/build-time.ts: the same synthetic guides as Sapjil's build,
// in English and Korean, with Starlight's defaults (Expressive Code, Pagefind, a sidebar that
// lists every page) or, with STARLIGHT_SIDEBAR=small, a fixed sidebar of a few links.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

const small = process.env.STARLIGHT_SIDEBAR === 'small';
const first = process.env.STARLIGHT_FIRST_GUIDE ?? 'index';

export default defineConfig({
  site: 'https://starlight.example',
  outDir: process.env.STARLIGHT_OUT_DIR ?? './dist',
  ...(process.env.STARLIGHT_CACHE_DIR ? { cacheDir: process.env.STARLIGHT_CACHE_DIR } : {}),
  integrations: [
    starlight({
      title: { en: 'Sapjil', ko: '삽질' },
      defaultLocale: 'en',
      locales: { en: { label: 'English' }, ko: { label: '한국어', lang: 'ko' } },
      ...(small
        ? {
            sidebar: [
              { label: 'Start', translations: { ko: '시작' }, items: [{ slug: 'index' }] },
              { label: 'Guides', translations: { ko: '가이드' }, items: [{ slug: `guides/${first}` }] },
            ],
          }
        : {}),
    }),
  ],
});
