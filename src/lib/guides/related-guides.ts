import type { GuideSummary } from './guide-summary.ts';
import { byWeight } from './sort-guides.ts';
import { tagSlug } from './tags.ts';

interface Candidate<T> {
  guide: T;
  shared: number;
}

/** Most shared tags first, then Hugo's weight order. */
function rank<T extends GuideSummary>(a: Candidate<T>, b: Candidate<T>): number {
  return b.shared - a.shared || byWeight(a.guide, b.guide);
}

/**
 * A finder of related guides among `all`, for a site that asks it once per guide: each guide's
 * tags are slugged once, and only the best `limit` are kept while counting instead of sorting
 * every guide that shares a tag (at 1,000 guides a language, sorting was most of the work).
 * The finder lists the guides that share the most tags with `current` (at least one), best
 * first, ties by weight; `current` itself is never listed.
 */
export function relatedGuideFinder<T extends GuideSummary>(all: readonly T[]): (current: GuideSummary, limit?: number) => T[] {
  const slugged = all.map((guide) => ({ guide, slugs: guide.tags.map(tagSlug) }));
  return (current, limit = 5) => {
    const mine = new Set(current.tags.map(tagSlug));
    const best: Candidate<T>[] = [];
    for (const { guide, slugs } of slugged) {
      if (guide.slug === current.slug) continue;
      let shared = 0;
      for (const slug of slugs) if (mine.has(slug)) shared++;
      if (shared === 0) continue;
      // A candidate ranked equal to one already kept goes after it, as a stable sort would put it.
      const candidate = { guide, shared };
      let at = best.length;
      while (at > 0 && rank(candidate, best[at - 1]!) < 0) at--;
      if (at >= limit) continue;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
    return best.map((c) => c.guide);
  };
}

