import { stripIndexExtras } from './index-extras.ts';
import { termRanges, type TermRange } from './term-ranges.ts';

/** Characters of page text an excerpt shows, about two lines of a result card. */
export const EXCERPT_CHARS = 180;
// How much text to keep before the first highlighted word, so it reads in context.
const LEAD_CHARS = 40;

/** A piece of an excerpt: plain text, or text to highlight. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * The stretch of a page's indexed text that best shows why it matched: the window holding the
 * most different terms (then the most hits), cut at spaces, with "…" where text was left out.
 * Returned as parts so the caller renders text nodes and `<mark>`s, never HTML strings.
 */
export function buildExcerpt(content: string, terms: readonly string[], maxChars = EXCERPT_CHARS): ExcerptPart[] {
  const text = stripIndexExtras(content).replace(/\s+/g, ' ').trim();
  const ranges = termRanges(text, terms);
  const [start, end] = bestWindow(text, terms, ranges, maxChars);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '… ', mark: false });
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a > at) parts.push({ text: text.slice(at, a), mark: false });
    parts.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (end > at) parts.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) parts.push({ text: ' …', mark: false });
  return parts;
}

function bestWindow(text: string, terms: readonly string[], ranges: TermRange[], maxChars: number): [number, number] {
  if (text.length <= maxChars) return [0, text.length];
  let bestStart = 0;
  let bestKey = [-1, -1];
  const lowered = terms.map((term) => term.toLowerCase());
  for (const [from] of ranges) {
    const start = Math.max(0, from - LEAD_CHARS);
    const windowText = text.slice(start, start + maxChars).toLowerCase();
    const distinct = lowered.filter((term) => windowText.includes(term.slice(0, Math.max(3, term.length - 3)))).length;
    const hits = ranges.filter(([a, b]) => a >= start && b <= start + maxChars).length;
    if (distinct > (bestKey[0] ?? -1) || (distinct === bestKey[0] && hits > (bestKey[1] ?? -1))) {
      bestKey = [distinct, hits];
      bestStart = start;
    }
  }
  const start = snapForward(text, bestStart);
  return [start, snapBack(text, Math.min(text.length, start + maxChars))];
}

// Start after a space so no word is cut in half (unless the window starts the text).
function snapForward(text: string, at: number): number {
  if (at === 0) return 0;
  const space = text.indexOf(' ', at);
  return space === -1 || space - at > 20 ? at : space + 1;
}

function snapBack(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.lastIndexOf(' ', at);
  return space === -1 || at - space > 20 ? at : space;
}
