import { koreanVocabulary } from '../lib/search/korean-index-terms.ts';
import { entryLocale, publishedGuides, type GuideEntry } from './guides.ts';

let vocabulary: Promise<Set<string>> | undefined;

/** The text of a guide that search indexes: title, description and body. */
export function indexedText(entry: GuideEntry): string {
  return `${entry.data.title}\n${entry.data.description}\n${entry.body ?? ''}`;
}

/** Every Korean stem in the published Korean guides, computed once per build. */
export function koreanSiteVocabulary(): Promise<Set<string>> {
  vocabulary ??= publishedGuides().then((entries) =>
    koreanVocabulary(entries.filter((entry) => entryLocale(entry).lang === 'ko').map(indexedText)),
  );
  return vocabulary;
}
