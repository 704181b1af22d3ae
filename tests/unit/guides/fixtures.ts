import type { GuideSummary } from '../../../src/lib/guides/guide-summary.ts';

/** A guide summary with sensible defaults, for list tests. */
export function guide(slug: string, over: Partial<GuideSummary> = {}): GuideSummary {
  return {
    slug,
    lang: 'en',
    title: slug,
    description: '',
    date: new Date('2024-01-01'),
    lastVerified: new Date('2026-11-01'),
    tags: [],
    ...over,
  };
}
