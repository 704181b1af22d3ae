import { LOCALES, type Locale } from '../i18n/locales.ts';

/** What the build knows of one published guide file. */
export interface GuideTarget {
  lang: Locale;
  slug: string;
  anchors: readonly string[];
}

/** The part of an error record that points into a guide. */
export interface ErrorTarget {
  id: string;
  guide: string;
  anchor: string;
}

/**
 * Checks that every error record's guide exists in every language and has the record's
 * anchor there, so `/errors/<id>/` never lands on a missing page or section.
 */
export function checkErrorTargets(records: readonly ErrorTarget[], guides: readonly GuideTarget[]): { id: string; field: string; message: string }[] {
  const problems: { id: string; field: string; message: string }[] = [];
  const byKey = new Map(guides.map((g) => [`${g.lang}/${g.slug}`, g]));
  for (const record of records) {
    for (const lang of LOCALES) {
      const guide = byKey.get(`${lang}/${record.guide}`);
      if (!guide) {
        problems.push({ id: record.id, field: 'guide', message: `no published guide content/guides/${lang}/${record.guide}.mdx` });
      } else if (!guide.anchors.includes(record.anchor)) {
        problems.push({
          id: record.id,
          field: 'anchor',
          message: `content/guides/${lang}/${record.guide}.mdx has no heading {#${record.anchor}} (it has: ${guide.anchors.join(', ') || 'none'})`,
        });
      }
    }
  }
  return problems;
}
