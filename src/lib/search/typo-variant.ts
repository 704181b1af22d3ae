import { HANGUL_SYLLABLE, hangulLength } from './korean-suffix.ts';

/** Korean words this long (in syllables) may lose their last syllable to a typo fix. */
export const MIN_TYPO_SYLLABLES = 3;

/**
 * The term with its last syllable dropped (레지스트라 → 레지스트), for a Korean term of three
 * or more syllables that found nothing: a slip in the last syllable is the commonest Korean
 * typo, and Pagefind's prefix match finds the intended word from what is left.
 */
export function typoVariant(term: string): string | undefined {
  const last = term.at(-1) ?? '';
  if (!HANGUL_SYLLABLE.test(last) || hangulLength(term) < MIN_TYPO_SYLLABLES) return undefined;
  return term.slice(0, -1);
}

/** The fewest syllables a Korean term needs before it is tried as two words run together. */
export const MIN_SPLIT_SYLLABLES = 4;

/**
 * Ways to read a Korean term as two words written without the space (디스크용량 → 디스크 용량,
 * 디스 크용량), each part at least two syllables, the most even split first: readers often
 * drop the space a guide keeps.
 */
export function spacedVariants(term: string): string[] {
  if (!/^[\uAC00-\uD7A3]+$/u.test(term) || term.length < MIN_SPLIT_SYLLABLES) return [];
  const cuts: number[] = [];
  for (let cut = 2; cut <= term.length - 2; cut++) cuts.push(cut);
  cuts.sort((a, b) => Math.abs(a - term.length / 2) - Math.abs(b - term.length / 2) || b - a);
  return cuts.map((cut) => `${term.slice(0, cut)} ${term.slice(cut)}`);
}
