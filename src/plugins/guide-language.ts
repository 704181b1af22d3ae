import { DEFAULT_LOCALE, isLocale, type Locale } from '../lib/i18n/locales.ts';

/** A guide's language, from its path (`…/guides/<lang>/<slug>.mdx`); the default language for any other file. */
export function guideLanguage(fileURL: URL | undefined): Locale {
  const lang = /\/guides\/([^/]+)\//.exec(fileURL?.pathname ?? '')?.[1];
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}
