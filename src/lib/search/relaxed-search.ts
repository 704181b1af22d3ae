import { loanwordVariant } from './loanwords.ts';
import { spacedVariants, typoVariant } from './typo-variant.ts';

/** One result of the full-text engine (a Pagefind result, reduced to what ranking needs). */
export interface EngineHit<T> {
  id: string;
  score: number;
  /** The engine's own result object, handed back untouched (Pagefind loads its data lazily). */
  item: T;
}

/** Runs one engine query; filters and language are the caller's business. */
export type EngineSearch<T> = (query: string) => Promise<readonly EngineHit<T>[]>;

/** A result with how much of the query it answers. */
export interface RankedHit<T> {
  id: string;
  item: T;
  /** How many of the effective terms the page contains. */
  matchedTerms: number;
}

/** What a relaxed search found, and the terms it ended up searching for (after typo fixes). */
export interface RelaxedResult<T> {
  terms: string[];
  hits: RankedHit<T>[];
}

/**
 * Searches so that a long or slightly wrong query still finds something. Pagefind requires
 * every term it knows and silently drops the ones it does not, so "레지스트라 푸시" would be a
 * search for 푸시 alone and "ghcr 푸시 권한 설정 방법" often finds nothing. Here each term is
 * looked up on its own first. A Korean term that finds nothing is tried as the tool name it
 * spells (도커 → docker), as two words written together (작업시간 → 작업 시간), then without its
 * last syllable (a typo); terms that still find nothing are dropped. Pages with every remaining term come first in the engine's order,
 * then pages with most of them.
 */
export async function relaxedSearch<T>(terms: readonly string[], search: EngineSearch<T>): Promise<RelaxedResult<T>> {
  // Usually every term is known, so the search for all of them starts at once, alongside the
  // per-term ones, instead of one round later.
  const allTerms = terms.length > 1 ? search(terms.join(' ')) : undefined;
  const perTerm = await Promise.all(
    terms.map(async (term) => {
      const hits = await search(term);
      if (hits.length > 0) return { term, hits };
      const loanword = loanwordVariant(term);
      for (const variant of [...(loanword ? [loanword] : []), ...spacedVariants(term), typoVariant(term)]) {
        if (variant === undefined) continue;
        // The engine ignores words it does not know, so "레지스 트라" would pass on 레지스 alone:
        // every word of a variant must find something by itself.
        const words = variant.split(' ');
        if (words.length > 1 && !(await everyWordFinds(words, search))) continue;
        const variantHits = await search(variant);
        if (variantHits.length > 0) return { term: variant, hits: variantHits };
      }
      return { term, hits };
    }),
  );
  const known = perTerm.filter((entry) => entry.hits.length > 0);
  // A spaced variant ("작업 시간") counts as its two words.
  const effective = [...new Set(known.flatMap((entry) => entry.term.split(' ')))];
  if (known.length === 0) return { terms: [], hits: [] };
  if (effective.length === 1) {
    const only = known[0]?.hits ?? [];
    return { terms: effective, hits: only.map((hit) => ({ id: hit.id, item: hit.item, matchedTerms: 1 })) };
  }

  const all = allTerms !== undefined && effective.join(' ') === terms.join(' ') ? await allTerms : await search(effective.join(' '));
  const ranked: RankedHit<T>[] = all.map((hit) => ({ id: hit.id, item: hit.item, matchedTerms: effective.length }));
  const seen = new Set(ranked.map((hit) => hit.id));

  // The rest: pages with most terms first; among equals, the better scores relative to each
  // term's best page (raw scores of different queries are not comparable).
  const partial = new Map<string, { item: T; matched: number; relative: number }>();
  for (const { hits } of known) {
    const best = Math.max(...hits.map((hit) => hit.score)) || 1;
    for (const hit of hits) {
      if (seen.has(hit.id)) continue;
      const entry = partial.get(hit.id) ?? { item: hit.item, matched: 0, relative: 0 };
      entry.matched += 1;
      entry.relative += hit.score / best;
      partial.set(hit.id, entry);
    }
  }
  const rest = [...partial.entries()].sort(
    ([, a], [, b]) => b.matched - a.matched || b.relative - a.relative,
  );
  for (const [id, entry] of rest) ranked.push({ id, item: entry.item, matchedTerms: entry.matched });
  return { terms: effective, hits: ranked };
}

async function everyWordFinds<T>(words: readonly string[], search: EngineSearch<T>): Promise<boolean> {
  for (const word of words) if ((await search(word)).length === 0) return false;
  return true;
}
