import type { GuideSummary } from './guide-summary.ts';

/** One tag with the number of guides that carry it. */
export interface TagCount {
  tag: string;
  slug: string;
  count: number;
}

// A site has a few dozen tags but compares them millions of times (related guides for every
// guide), so each tag is slugged once.
const slugs = new Map<string, string>();

/** The URL segment for a tag: `CI/CD` → `ci-cd`, `GitHub Actions` → `github-actions`. */
export function tagSlug(tag: string): string {
  let slug = slugs.get(tag);
  if (slug === undefined) {
    slug = tag
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
    slugs.set(tag, slug);
  }
  return slug;
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
