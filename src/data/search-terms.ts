import { koreanSiteIndexTerms } from '../lib/search/korean-index-terms.ts';
import { entryLocale, guideBody, publishedGuides, type GuideEntry } from './guides.ts';

let koreanTerms: Promise<Map<string, string[]>> | undefined;

/** The text of a guide that search indexes: title, description and body. */
function indexedText(entry: GuideEntry): string {
  return `${entry.data.title}\n${entry.data.description}\n${guideBody(entry)}`;
}

/**
 * The Korean word parts to add to a Korean guide's search index (see `koreanIndexTerms`), with
 * the vocabulary of every published Korean guide; worked out for all guides once per build.
 */
export async function koreanGuideIndexTerms(entry: GuideEntry): Promise<string[]> {
  koreanTerms ??= publishedGuides().then((entries) =>
    koreanSiteIndexTerms(new Map(entries.filter((e) => entryLocale(e).lang === 'ko').map((e) => [e.id, indexedText(e)]))),
  );
  // Every page rendered is a published guide's, so `??` only guards a caller passing another entry.
  return (await koreanTerms).get(entry.id) ?? [];
}
