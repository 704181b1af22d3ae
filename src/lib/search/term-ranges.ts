import { HANGUL_SYLLABLE } from './korean-suffix.ts';

/** A `[start, end)` stretch of text to highlight, in UTF-16 code units. */
export type TermRange = [start: number, end: number];

const WORD_CHAR = /[\p{L}\p{N}_]/u;
// Enough English stemming to highlight what Pagefind's stemmer matched: pushing, pushed, pushes → push.
const ENGLISH_SUFFIX = /(?:ing|ed|es|s)$/;

/**
 * Where the search terms occur in a text, sorted and merged, to highlight in an excerpt or on
 * the page. A Korean term is marked wherever it occurs, also inside a longer word (환경변수를
 * for 변수), since Korean glues words together; a Latin term is matched at the start of a word
 * and marks the whole word (pushed for pushing), as Pagefind's stemmed prefix search found it.
 */
export function termRanges(text: string, terms: readonly string[]): TermRange[] {
  const lower = text.toLowerCase();
  const ranges: TermRange[] = [];
  for (const term of terms) {
    const korean = HANGUL_SYLLABLE.test(term);
    const needle = korean ? term : englishStem(term.toLowerCase());
    if (needle === '') continue;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      if (korean) {
        ranges.push([at, at + needle.length]);
        continue;
      }
      if (at > 0 && WORD_CHAR.test(lower[at - 1] ?? '')) continue;
      let end = at + needle.length;
      while (end < lower.length && WORD_CHAR.test(lower[end] ?? '')) end++;
      ranges.push([at, end]);
    }
  }
  return mergeRanges(ranges);
}

function englishStem(term: string): string {
  const stem = term.replace(ENGLISH_SUFFIX, '');
  return stem.length >= 3 ? stem : term;
}

function mergeRanges(ranges: TermRange[]): TermRange[] {
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: TermRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
