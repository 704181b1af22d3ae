import { lastChanged, type GuideSummary } from './guide-summary.ts';

/** Hugo's weight order: lower weight first, unweighted last; ties by newest, then title. */
export function byWeight(a: GuideSummary, b: GuideSummary): number {
  const wa = a.weight ?? Number.POSITIVE_INFINITY;
  const wb = b.weight ?? Number.POSITIVE_INFINITY;
  if (wa !== wb) return wa < wb ? -1 : 1;
  return byRecent(a, b);
}

/** Most recently changed first; ties by title so the order is stable between builds. */
export function byRecent(a: GuideSummary, b: GuideSummary): number {
  const d = lastChanged(b).getTime() - lastChanged(a).getTime();
  return d !== 0 ? d : a.title.localeCompare(b.title);
}

/** A sorted copy; the input is left alone. */
export function sortGuides<T extends GuideSummary>(guides: readonly T[], order: (a: T, b: T) => number = byWeight): T[] {
  return [...guides].sort(order);
}
