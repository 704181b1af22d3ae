import type { APIRoute, GetStaticPaths } from 'astro';
import { localizedGuides } from '../../data/guides.ts';
import { LOCALES, type Locale } from '../../lib/i18n/locales.ts';
import { guidePath, withBase } from '../../lib/site/paths.ts';

/** One file per language: each guide's title and page, for the search's "Known fix" cards. */
export const getStaticPaths: GetStaticPaths = () => LOCALES.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] as Locale;
  const base = import.meta.env.BASE_URL;
  const guides = Object.fromEntries(
    (await localizedGuides())
      .filter((guide) => guide.lang === lang)
      .map((guide) => [guide.slug, { title: guide.entry.data.title, path: withBase(base, guidePath(lang, guide.slug)) }]),
  );
  return new Response(JSON.stringify(guides), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
