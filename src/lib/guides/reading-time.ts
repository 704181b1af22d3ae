import type { Locale } from '../i18n/locales.ts';

// Typical silent reading speeds: ~220 English words or ~500 Korean syllables a minute.
// Code is skimmed, so fenced blocks count at a quarter.
const ENGLISH_WORDS_PER_MINUTE = 220;
const HANGUL_PER_MINUTE = 500;

/** Estimated minutes to read a Markdown body (at least 1). */
export function readingMinutes(markdown: string, _lang: Locale): number {
  if (typeof markdown !== 'string') return 1;
  let code = '';
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, (block) => {
    code += block;
    return ' ';
  });
  const measure = (text: string) => {
    const hangul = (text.match(/[\uAC00-\uD7A3]/g) ?? []).length;
    const words = (text.replace(/[\uAC00-\uD7A3]+/g, ' ').match(/[A-Za-z0-9][\w'-]*/g) ?? []).length;
    return hangul / HANGUL_PER_MINUTE + words / ENGLISH_WORDS_PER_MINUTE;
  };
  return Math.max(1, Math.round(measure(prose) + measure(code) / 4));
}
