import { hangulLength, isHangulSyllableCode, isKoreanSuffix, MIN_KOREAN_STEM, stripKoreanSuffix } from './korean-suffix.ts';

// Pagefind matches Korean by prefix, so 환경변수 is found by 환경 but never by 변수, and a page
// that writes 환경 변수 is never found by 환경변수. For each guide we add the parts and joins
// the corpus proves are words: the parts of a compound that splits wholly into words written
// on their own elsewhere (환경변수 → 환경 + 변수; 레지스트리 stays whole, as 레지스 is no word),
// and two neighbouring words the corpus also writes as one (환경 변수 → 환경변수).

// Verb and adjective forms end in these syllables (하세요, 쓰면, 하니, 난다); Korean nouns
// rarely do, so such a "stem" is no word to split compounds into.
const VERB_FINAL = /[요면니며죠까다거게]$/u;
/** The most parts a compound is split into (디스크 + 용량 + 부족). */
const MAX_PARTS = 4;
// A word is a run of letters, digits and `_.-`: spaces, markup and brackets all end it, so
// `러너**는` and `호스트)에` give the word and a lone particle.
const WORD = /[\p{L}\p{N}_.-]+/gu;

/** `word` without the `_`, `.` and `-` around it (`-환경변수.` → `환경변수`). */
function trimEdges(word: string): string {
  const edge = (code: number) => code === 0x5f || code === 0x2e || code === 0x2d;
  let start = 0;
  let end = word.length;
  while (start < end && edge(word.charCodeAt(start))) start++;
  while (end > start && edge(word.charCodeAt(end - 1))) end--;
  return start === 0 && end === word.length ? word : word.slice(start, end);
}

/** Whether `word` is Hangul syllables only (and not empty). */
function hangulRun(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isHangulSyllableCode(word.charCodeAt(i))) return false;
  return word.length > 0;
}

/** The stem a word of a text is indexed under, or `undefined` when it is no Korean word. */
function wordStem(raw: string): string | undefined {
  // This runs over every word of every Korean guide in each build, so it walks code units
  // instead of testing a regex on every word.
  const word = trimEdges(raw);
  if (hangulLength(word) === 0) return undefined;
  const stem = stripKoreanSuffix(word);
  const isWord = stem.length >= MIN_KOREAN_STEM && hangulRun(stem) && !isKoreanSuffix(stem) && !VERB_FINAL.test(stem);
  return isWord ? stem : undefined;
}

/**
 * The Korean stems of a text in order, `undefined` where a non-Korean word breaks the run.
 * `stemOf` may remember stems across texts (see `koreanSiteIndexTerms`).
 */
export function koreanStems(text: string, stemOf: (word: string) => string | undefined = wordStem): (string | undefined)[] {
  const stems: (string | undefined)[] = [];
  for (const [raw] of text.normalize('NFC').matchAll(WORD)) stems.push(stemOf(raw));
  return stems;
}

/** Every Korean stem of two or more syllables in a set of texts: the words a guide may be split into. */
export function koreanVocabulary(texts: Iterable<string>): Set<string> {
  return vocabularyOf([...texts].map((text) => koreanStems(text)));
}

/** The distinct stems of some texts' stem lists. */
function vocabularyOf(stemLists: Iterable<readonly (string | undefined)[]>): Set<string> {
  const vocabulary = new Set<string>();
  for (const stems of stemLists) for (const stem of stems) if (stem !== undefined) vocabulary.add(stem);
  return vocabulary;
}

/**
 * Splits a compound into known words, longest first part first (디스크용량 → 디스크, 용량),
 * or `undefined` when no split covers the whole word with words of two or more syllables.
 */
export function splitCompound(word: string, vocabulary: ReadonlySet<string>, maxParts = MAX_PARTS): string[] | undefined {
  if (maxParts < 2) return undefined;
  for (let cut = word.length - MIN_KOREAN_STEM; cut >= MIN_KOREAN_STEM; cut--) {
    const head = word.slice(0, cut);
    if (!vocabulary.has(head)) continue;
    const tail = word.slice(cut);
    if (vocabulary.has(tail)) return [head, tail];
    const rest = splitCompound(tail, vocabulary, maxParts - 1);
    if (rest) return [head, ...rest];
  }
  return undefined;
}

/**
 * The words to add to a Korean page's index so Korean searches find it: the parts of its
 * compounds and their tails (디스크용량부족 → 용량, 부족, 용량부족) and its spaced pairs the
 * corpus also writes joined (환경 변수 → 환경변수). Words the page already has are left out.
 */
export function koreanIndexTerms(text: string, vocabulary: ReadonlySet<string>): string[] {
  return indexTermsOfStems(koreanStems(text), vocabulary, (stem) => splitCompound(stem, vocabulary));
}

/**
 * `koreanIndexTerms` for every text of a site at once, with the vocabulary taken from those same
 * texts: each text is cut into stems once (not once for the vocabulary and again for its terms),
 * and each distinct word is stemmed, and each distinct stem split, once, as guides repeat most
 * of their words.
 */
export function koreanSiteIndexTerms<K>(texts: ReadonlyMap<K, string>): Map<K, string[]> {
  // A site's texts share most of their words: each distinct word is stemmed once.
  const wordStems = new Map<string, string | undefined>();
  const stemOf = (word: string) => {
    if (wordStems.has(word)) return wordStems.get(word);
    const stem = wordStem(word);
    wordStems.set(word, stem);
    return stem;
  };
  const stemsOf = new Map([...texts].map(([key, text]) => [key, koreanStems(text, stemOf)] as const));
  const vocabulary = vocabularyOf(stemsOf.values());
  const splits = new Map<string, string[] | undefined>();
  const split = (stem: string) => {
    if (!splits.has(stem)) splits.set(stem, splitCompound(stem, vocabulary));
    return splits.get(stem);
  };
  return new Map([...stemsOf].map(([key, stems]) => [key, indexTermsOfStems(stems, vocabulary, split)]));
}

function indexTermsOfStems(
  stems: readonly (string | undefined)[],
  vocabulary: ReadonlySet<string>,
  split: (stem: string) => string[] | undefined,
): string[] {
  const present = new Set(stems.filter((stem): stem is string => stem !== undefined));
  const added = new Set<string>();
  const add = (term: string) => {
    if (!present.has(term)) added.add(term);
  };
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i];
    if (stem === undefined) continue;
    const parts = split(stem);
    // The head is already found by prefix; the later parts and the tails they form are not.
    if (parts) for (let i = 1; i < parts.length; i++) {
      add(parts[i] ?? '');
      if (i < parts.length - 1) add(parts.slice(i).join(''));
    }
    const next = stems[i + 1];
    if (next !== undefined && vocabulary.has(stem + next)) add(stem + next);
  }
  return [...added];
}
