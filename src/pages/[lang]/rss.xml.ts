import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { listedGuides } from '../../data/guides.ts';
import { uiStrings } from '../../i18n/index.ts';
import { byRecent, sortGuides } from '../../lib/guides/sort-guides.ts';
import { LOCALE_TAGS, LOCALES, type Locale } from '../../lib/i18n/locales.ts';
import { guidePath, withBase } from '../../lib/site/paths.ts';

export const getStaticPaths: GetStaticPaths = () => LOCALES.map((lang) => ({ params: { lang } }));

/** One feed per language, newest change first; fallback entries are left out (they are not in this language). */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Locale;
  const strings = uiStrings[lang];
  const guides = sortGuides(await listedGuides(lang), byRecent).filter((g) => g.contentLang === lang);
  return rss({
    title: strings['rss.title'],
    description: strings['site.description'],
    site: new URL(withBase(import.meta.env.BASE_URL, `/${lang}/`), site).href,
    customData: `<language>${LOCALE_TAGS[lang]}</language>`,
    items: guides.map((g) => ({
      title: g.title,
      description: g.description,
      pubDate: g.updated ?? g.date,
      link: withBase(import.meta.env.BASE_URL, guidePath(lang, g.slug)),
      categories: [...g.tags],
    })),
  });
};
