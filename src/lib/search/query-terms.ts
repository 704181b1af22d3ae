import { HANGUL_SYLLABLE, hangulLength, isKoreanSuffix, stripKoreanSuffix } from './korean-suffix.ts';
import { LOANWORDS } from './loanwords.ts';

/** Words that say how the reader feels, not what they look for. */
// Words that say how the reader feels, not what they look for: every guide has them, so as
// a required term they add nothing, and Pagefind requires every term it knows.
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'to', 'in', 'on', 'for', 'of', 'with', 'when', 'why', 'how', 'is', 'are', 'my', 'i', 'it',
  'fix', 'fixing', 'solve', 'what', 'does', 'do', 'not', 'cant', 'cannot', 'error', 'errors', 'and', 'or',
  '왜', '안', '못', '어떻게', '뭐', '좀', '자꾸', '계속', '갑자기', '경우', '방법', '해결', '해결법', '문제', '오류', '에러',
  '없어요', '없음', '없다', '없는', '없습니다', '있어요', '있는데', '안됨', '안돼요', '나요', '나와요', '떠요', '떴어요', '납니다',
]);

// Pagefind drops most punctuation itself; these split a pasted path or key=value into words.
const SEPARATORS = /[\s/\\:=,;|()[\]{}<>"'`“”‘’]+/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu;

/**
 * Turns what a reader typed into search terms: lower case, no edge punctuation, Korean
 * particles and endings cut (권한을 → 권한), `npm설치` split into `npm` and `설치`, filler words
 * and one-syllable Korean words dropped unless nothing else is left, no duplicates.
 */
export function queryTerms(query: string): string[] {
  const words = query.normalize('NFC').toLowerCase().split(SEPARATORS);
  const terms: string[] = [];
  for (const raw of words) {
    const word = raw.replace(EDGE_PUNCTUATION, '');
    if (word === '' || isKoreanSuffix(word)) continue;
    for (const part of splitScripts(stripKoreanSuffix(word))) terms.push(part);
  }
  const unique = [...new Set(terms)];
  const meaningful = unique.filter((term) => !STOPWORDS.has(term) && !isOneSyllable(term));
  return meaningful.length > 0 ? meaningful : unique;
}

// `npm설치` → `npm`, `설치`: readers skip the space between a tool name and a Korean noun.
function splitScripts(word: string): string[] {
  const match = /^([\p{Script=Latin}\p{N}_.-]+)([\uAC00-\uD7A3]{2,})$/u.exec(word);
  return match ? [match[1] ?? '', match[2] ?? ''] : [word];
}

// One-syllable tool names (깃, 얀) are words to search for; other one-syllable words are too short.
function isOneSyllable(term: string): boolean {
  return term.length === 1 && HANGUL_SYLLABLE.test(term) && hangulLength(term) === 1 && !LOANWORDS.has(term);
}
