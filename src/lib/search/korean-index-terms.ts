import { HANGUL_SYLLABLE, isKoreanSuffix, MIN_KOREAN_STEM, stripKoreanSuffix } from './korean-suffix.ts';

// Pagefind matches Korean by prefix, so 환경변수 is found by 환경 but never by 변수, and a page
// that writes 환경 변수 is never found by 환경변수. For each guide we add the parts and joins
// the corpus proves are words: the parts of a compound that splits wholly into words written
// on their own elsewhere (환경변수 → 환경 + 변수; 레지스트리 stays whole, as 레지스 is no word),
// and two neighbouring words the corpus also writes as one (환경 변수 → 환경변수).

const HANGUL_RUN = /^[\uAC00-\uD7A3]+$/u;
// Verb and adjective forms end in these syllables (하세요, 쓰면, 하니, 난다); Korean nouns
// rarely do, so such a "stem" is no word to split compounds into.
const VERB_FINAL = /[요면니며죠까다거게]$/u;
/** The most parts a compound is split into (디스크 + 용량 + 부족). */
const MAX_PARTS = 4;
const WORD = /[^\s]+/gu;
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The Korean stems of a text in order, `undefined` where a non-Korean word breaks the run. */
export function koreanStems(text: string): (string | undefined)[] {
  const stems: (string | undefined)[] = [];
  // Markup and brackets go first, so `러너**는` and `호스트)에` leave the word and a lone particle.
  const plain = text.normalize('NFC').replace(/[^\p{L}\p{N}\s_.-]+/gu, ' ');
  for (const [raw] of plain.matchAll(WORD)) {
    const word = raw.replace(EDGE, '');
    if (!HANGUL_SYLLABLE.test(word)) {
      stems.push(undefined);
      continue;
    }
    const stem = stripKoreanSuffix(word);
    const isWord = HANGUL_RUN.test(stem) && stem.length >= MIN_KOREAN_STEM && !isKoreanSuffix(stem) && !VERB_FINAL.test(stem);
    stems.push(isWord ? stem : undefined);
  }
  return stems;
}

/** Every Korean stem of two or more syllables in a set of texts: the words a guide may be split into. */
export function koreanVocabulary(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) for (const stem of koreanStems(text)) if (stem !== undefined) vocabulary.add(stem);
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
 * and each distinct stem is split once, as guides repeat most of their words.
 */
export function koreanSiteIndexTerms<K>(texts: ReadonlyMap<K, string>): Map<K, string[]> {
  const stemsOf = new Map<K, (string | undefined)[]>();
  const vocabulary = new Set<string>();
  for (const [key, text] of texts) {
    const stems = koreanStems(text);
    stemsOf.set(key, stems);
    for (const stem of stems) if (stem !== undefined) vocabulary.add(stem);
  }
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
