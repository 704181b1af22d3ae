import type { Locale } from '../i18n/locales.ts';

/** Joins the site base (`/` or `/sapjil/`) and a site path, with exactly one slash between. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** Site path of a language's home page. */
export const homePath = (lang: Locale) => `/${lang}/`;
/** Site path of a guide page. */
export const guidePath = (lang: Locale, slug: string) => `/${lang}/guides/${slug}/`;
/** Site path of the all-guides list. */
export const guidesPath = (lang: Locale) => `/${lang}/guides/`;
/** Site path of the tag index. */
export const tagsPath = (lang: Locale) => `/${lang}/tags/`;
/** Site path of one tag's page (`slug` from `tagSlug`). */
export const tagPath = (lang: Locale, slug: string) => `/${lang}/tags/${encodeURIComponent(slug)}/`;
/** Site path of a language's RSS feed. */
export const rssPath = (lang: Locale) => `/${lang}/rss.xml`;
/** Site path of the error lookup page. */
export const lookupPath = (lang: Locale) => `/${lang}/lookup/`;
/** Site path of the list of known errors. */
export const errorsPath = (lang: Locale) => `/${lang}/errors/`;
/** Site path of an error's permanent link (language-neutral; it sends readers to their language). */
export const errorPermalinkPath = (id: string) => `/errors/${id}/`;
/** Site path of the search page (`?q=` holds the query). */
export const searchPath = (lang: Locale) => `/${lang}/search/`;
/** Site path of a language's guide directory (slug → title and path), fetched when a pasted error needs titles. */
export const guideDirectoryPath = (lang: Locale) => `/${lang}/guides.json`;
/** Site path of the Pagefind bundle Sapjil's build writes. */
export const pagefindPath = '/pagefind/pagefind.js';
