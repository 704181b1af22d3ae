import { checkStringTables, format } from '../lib/i18n/check-strings.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { en, type UiKey, type UiStrings } from './en.ts';
import { ko } from './ko.ts';

/** Every language's UI strings, keyed by language code. */
export const uiStrings: Readonly<Record<Locale, UiStrings>> = { en, ko };

/** Problems in the string tables (empty when all languages are complete); checked at build start. */
export function uiStringProblems() {
  return checkStringTables(en, uiStrings);
}

/** A translator bound to one language: `t('guide.toc')`, `t('guides.count', { count: 3 })`. */
export function useTranslations(lang: Locale) {
  const table = uiStrings[lang];
  return (key: UiKey, values?: Readonly<Record<string, string | number>>): string => format(table[key], values);
}

export type { UiKey, UiStrings };
