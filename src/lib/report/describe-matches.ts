import type { Locale } from '../i18n/locales.ts';
import { fillFixLinks, type FilledLink } from '../lookup/fix-links.ts';
import type { Confidence, ErrorRecord, LookupResult } from '../lookup/types.ts';

/** Guide titles by slug and language, as far as they exist. */
export type GuideTitles = Readonly<Record<string, Partial<Record<Locale, string>>>>;

/** One match as the CLI reports it (the `--json` shape, plus what the text formats show). */
export interface ReportedMatch {
  id: string;
  /** The guide's title in the requested language (or the language it exists in). */
  guide: string;
  /** The guide section that fixes the error. */
  url: string;
  confidence: Confidence;
  /** 0..1, three decimals. */
  score: number;
  /** Original 1-based line number of the best hit. */
  line: number;
  /** That line, redacted. */
  excerpt: string;
  captures: Record<string, string>;
  /** The record's usual wording. */
  message: string;
  /** Fix links filled in from the captures. */
  links: FilledLink[];
}

/** The public URL of a guide section: `https://site/base/<lang>/guides/<slug>/#anchor`. */
export function guideSectionUrl(baseUrl: string, lang: Locale, slug: string, anchor: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${lang}/guides/${slug}/#${anchor}`;
}

/**
 * Turns a lookup result into the CLI's report entries, best first. `lineOffset` shifts line
 * numbers when only the tail of a long input was looked at.
 */
export function describeMatches(
  result: LookupResult,
  records: readonly ErrorRecord[],
  titles: GuideTitles,
  options: { lang: Locale; baseUrl: string; lineOffset?: number },
): ReportedMatch[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return result.matches.map((match) => {
    const best = match.hits.reduce((a, b) => (b.ranges.length > a.ranges.length ? b : a), match.hits[0] ?? { line: 0, text: '', ranges: [] });
    const record = byId.get(match.id);
    const title = titles[match.guide]?.[options.lang] ?? Object.values(titles[match.guide] ?? {})[0] ?? match.guide;
    return {
      id: match.id,
      guide: title,
      url: guideSectionUrl(options.baseUrl, options.lang, match.guide, match.anchor),
      confidence: match.confidence,
      score: Math.round(match.score * 1000) / 1000,
      line: best.line + (options.lineOffset ?? 0),
      excerpt: best.text,
      captures: match.captures,
      message: record?.message ?? match.id,
      links: fillFixLinks(record?.links, match.captures, options.lang),
    };
  });
}
