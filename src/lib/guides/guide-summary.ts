import type { Locale } from '../i18n/locales.ts';

/** What lists, feeds and related-guide boxes need to know of a guide in one language. */
export interface GuideSummary {
  slug: string;
  lang: Locale;
  title: string;
  description: string;
  date: Date;
  updated?: Date | undefined;
  lastVerified: Date;
  weight?: number | undefined;
  tags: readonly string[];
}

/** The date a reader cares about for "recent": the last substantive update, else publication. */
export function lastChanged(guide: Pick<GuideSummary, 'date' | 'updated'>): Date {
  return guide.updated ?? guide.date;
}
