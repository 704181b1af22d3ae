/** The languages Sapjil is written in, in the order they are offered. */
export const LOCALES = ['en', 'ko'] as const;

/** A language code Sapjil has content and UI strings for. */
export type Locale = (typeof LOCALES)[number];

/** The language used when nothing better is known. */
export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tags used for `<html lang>`, `hreflang` and `Intl` formatting. */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = { en: 'en', ko: 'ko' };

/** Each language's name written in that language (for language switches). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', ko: '한국어' };

/** Whether a value is one of Sapjil's language codes. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other languages than `locale`, in offering order. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((l) => l !== locale);
}

/**
 * Picks the best Sapjil language for a browser's preference list (`navigator.languages`),
 * matching on the primary subtag so `ko-KR` picks `ko`; falls back to the default language.
 */
export function pickLocale(preferred: readonly unknown[] | null | undefined): Locale {
  if (!Array.isArray(preferred)) return DEFAULT_LOCALE;
  for (const tag of preferred) {
    if (typeof tag !== 'string') continue;
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
