// Korean glues particles (권한을, 레지스트리에서) and verb endings (푸시했는데, 복원되지)
// onto the word a reader means. Pagefind has no Korean stemmer and matches by prefix, so
// the bare stem (권한, 푸시) finds every inflected form, while the inflected query finds only
// itself. Cutting a suffix always leaves a prefix of the word, so an over-eager cut costs a
// little precision and never a match; the minimum stem length keeps it from going too far.

/** Hangul syllables (가–힣): the unit Korean suffixes and stem lengths are counted in. */
export const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/u;

/** The fewest Hangul syllables a stem keeps: one-syllable stems (권, 설) match far too much. */
export const MIN_KOREAN_STEM = 2;

// Verb endings after a noun (푸시하다, 복원되다, 실패시키다) and the common ending tails.
const VERB_BASES = ['하', '했', '해', '한', '할', '함', '합', '되', '됐', '돼', '된', '될', '됨', '됩', '시키', '시켜', '시켰'];
const VERB_TAILS = [
  '', '다', '는', '는데', '니다', '니까', '면', '면서', '려면', '려고', '려는', '고', '기', '지', '지만', '지도',
  '서', '도', '요', '는데요', '어요', '어도', '었는데', '었다', '었어요', '었습니다', '습니다', '을', '을때', '때',
  '더니', '던', '든', '자', '게', '라', '야', '야지', '줘', '주세요', '봐도', '봤는데', '보면', '가요', '나요', '는지',
];
// Particles, longest combinations first where it matters; `이`/`가` etc. follow nouns.
const PARTICLES = [
  '은', '는', '이', '가', '을', '를', '의', '에', '에서', '에게', '께', '로', '으로', '와', '과', '도', '만', '까지',
  '부터', '처럼', '보다', '이나', '나', '랑', '이랑', '하고', '에서는', '에는', '으로는', '로는', '에도', '에서도',
  '이라', '라', '이란', '란', '라는', '이라는', '이라고', '라고', '같은', '마다', '밖에', '이고', '이며', '이면', '이요',
  '으로도', '로도', '에서의', '에의', '만으로', '까지는', '부터는', '이랑은', '에서만', '에만', '조차', '마저',
  '인데', '인데요', '이에요', '예요', '입니다', '이야', '이지만',
];
// Endings of other verbs and adjectives readers type (안 돼요, 안 됩니다, 없어요, 실패했어요).
const OTHER_ENDINGS = ['어요', '아요', '았어요', '었어요', '습니다', '았는데', '었는데', '는데', '네요', '나요', '까요', '려면', '하려면'];

/** Every suffix the stripper knows, longest first so `에서는` wins over `는`. */
export const KOREAN_SUFFIXES: readonly string[] = [
  ...new Set([
    ...VERB_BASES.flatMap((base) => VERB_TAILS.map((tail) => base + tail)),
    ...PARTICLES,
    ...OTHER_ENDINGS,
  ]),
].sort((a, b) => b.length - a.length);

/** Whether the whole word is a particle or an ending (돼요, 했는데): nothing to search for. */
export function isKoreanSuffix(word: string): boolean {
  return KOREAN_SUFFIX_SET.has(word);
}

const KOREAN_SUFFIX_SET: ReadonlySet<string> = new Set(KOREAN_SUFFIXES);
const LONGEST_SUFFIX = KOREAN_SUFFIXES[0]?.length ?? 0;

/**
 * Whether a UTF-16 code unit is a Hangul syllable. Code units suffice: every syllable is one
 * (all are in the BMP), and no surrogate falls in their range. Cheaper than a regex per character.
 */
export const isHangulSyllableCode = (code: number): boolean => code >= 0xac00 && code <= 0xd7a3;

/** Counts the Hangul syllables in `text`. */
export function hangulLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isHangulSyllableCode(text.charCodeAt(i))) count++;
  return count;
}

/**
 * Cuts one particle or verb ending off a word (권한을 → 권한, 푸시했는데 → 푸시, ghcr에 → ghcr),
 * keeping at least `MIN_KOREAN_STEM` syllables of a Korean stem; other words come back as they are.
 */
export function stripKoreanSuffix(word: string): string {
  if (!isHangulSyllableCode(word.charCodeAt(word.length - 1))) return word;
  // Longest ending first, looked up by length rather than tried one by one: at most one suffix
  // of each length can end the word, and this runs for every word of every Korean page.
  for (let length = Math.min(LONGEST_SUFFIX, word.length - 1); length >= 1; length--) {
    if (!KOREAN_SUFFIX_SET.has(word.slice(-length))) continue;
    const stem = word.slice(0, -length);
    const hangul = hangulLength(stem);
    // A Latin stem (ghcr에, npm을, GITHUB_TOKEN이) keeps any length; a Korean one needs two syllables.
    if (hangul >= MIN_KOREAN_STEM || (hangul === 0 && /[\p{L}\p{N}]/u.test(stem))) return stem;
  }
  return word;
}
