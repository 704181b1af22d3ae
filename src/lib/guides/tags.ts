import type { GuideSummary } from './guide-summary.ts';

/** One tag with the number of guides that carry it. */
export interface TagCount {
  tag: string;
  slug: string;
  count: number;
}

/** The URL segment for a tag: `CI/CD` → `ci-cd`, `GitHub Actions` → `github-actions`. */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Every tag used by `guides`, most used first, then alphabetically; tags that slug alike merge. */
export function collectTags(guides: readonly GuideSummary[]): TagCount[] {
  const bySlug = new Map<string, TagCount>();
  for (const guide of guides) {
    for (const slug of new Set(guide.tags.map(tagSlug))) {
      const tag = guide.tags.find((t) => tagSlug(t) === slug) ?? slug;
      const entry = bySlug.get(slug);
      if (entry) entry.count += 1;
      else bySlug.set(slug, { tag, slug, count: 1 });
    }
  }
  return [...bySlug.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
