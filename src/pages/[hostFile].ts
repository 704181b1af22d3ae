import type { APIRoute, GetStaticPaths } from 'astro';
import { knownErrors } from '../data/errors.ts';
import { localizedGuides } from '../data/guides.ts';
import { LOCALES, DEFAULT_LOCALE } from '../lib/i18n/locales.ts';
import { headersFile, redirectsFile, type RedirectRule } from '../lib/site/host-files.ts';
import { errorPermalinkPath, guidePath, withBase } from '../lib/site/paths.ts';

/** `/_redirects` and `/_headers`, built from the same guides and records as the pages. */
export const getStaticPaths: GetStaticPaths = () => [{ params: { hostFile: '_redirects' } }, { params: { hostFile: '_headers' } }];

export const GET: APIRoute = async ({ params }) => {
  const base = import.meta.env.BASE_URL;
  const text = params['hostFile'] === '_redirects' ? await redirects(base) : headers(base);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

async function redirects(base: string): Promise<string> {
  const guides = await localizedGuides();
  const aliases: RedirectRule[] = guides
    .filter((guide) => !guide.isFallback)
    .flatMap((guide) => guide.entry.data.aliases.map((alias) => ({ from: withBase(base, alias), to: withBase(base, guidePath(guide.lang, guide.slug)) })));
  // An error's permanent link goes to its guide section in the reader's language, English otherwise.
  const languages = [...LOCALES.filter((lang) => lang !== DEFAULT_LOCALE), DEFAULT_LOCALE];
  const errors: RedirectRule[] = knownErrors().flatMap((record) =>
    languages.map((lang) => ({
      from: withBase(base, errorPermalinkPath(record.id)),
      to: `${withBase(base, guidePath(lang, record.guide))}#${record.anchor}`,
      ...(lang === DEFAULT_LOCALE ? {} : { language: lang }),
    })),
  );
  return redirectsFile([...aliases, ...errors]);
}

function headers(base: string): string {
  return headersFile([
    {
      path: withBase(base, '/*'),
      headers: {
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
      },
    },
    // File names carry a content hash, so they never change.
    { path: withBase(base, '/_astro/*'), headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    // Pagefind's index files are hashed too, but its entry files are not: an hour, then revalidate.
    { path: withBase(base, '/pagefind/*'), headers: { 'Cache-Control': 'public, max-age=3600, must-revalidate' } },
  ]);
}
