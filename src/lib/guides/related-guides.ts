import type { GuideSummary } from './guide-summary.ts';
import { byWeight } from './sort-guides.ts';
import { tagSlug } from './tags.ts';

/**
 * Guides that share the most tags with `current` (at least one), best first; ties by weight.
 * `current` itself is never listed.
 */
export function relatedGuides<T extends GuideSummary>(current: GuideSummary, all: readonly T[], limit = 5): T[] {
  const mine = new Set(current.tags.map(tagSlug));
  return all
    .filter((g) => g.slug !== current.slug)
    .map((g) => ({ g, shared: g.tags.filter((t) => mine.has(tagSlug(t))).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || byWeight(a.g, b.g))
    .slice(0, limit)
    .map((x) => x.g);
}
