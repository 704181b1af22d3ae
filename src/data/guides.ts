import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { contentDir } from '../site.config.ts';
import { LOCALES, type Locale } from '../lib/i18n/locales.ts';
import type { GuideSummary } from '../lib/guides/guide-summary.ts';
import { parseGuideId, type GuidePath } from '../lib/content/guide-path.ts';
import { markdownBody } from '../lib/content/markdown-body.ts';

/** A guide file as Astro's content layer gives it (id `<lang>/<slug>`). */
export type GuideEntry = CollectionEntry<'guides'>;

/** A guide as shown to readers of one language: its own text, or another language's with a notice. */
export interface LocalizedGuide {
  slug: string;
  /** The reader's language (the page's URL language). */
  lang: Locale;
  /** The text shown: the reader's language if written, else the first available one. */
  entry: GuideEntry;
  /** The language `entry` is written in. */
  contentLang: Locale;
  /** True when `contentLang` differs from `lang`. */
  isFallback: boolean;
  /** The languages this guide is written in, with their entries. */
  translations: Partial<Record<Locale, GuideEntry>>;
}

/** Splits an entry id into language and slug. */
export function entryLocale(entry: GuideEntry): GuidePath {
  const parsed = parseGuideId(entry.id);
  // The content guard has already refused any other shape; this is only a last line.
  if (!parsed) throw new Error(`${entryFile(entry)}: not a guide path (content/guides/<lang>/<slug>.mdx)`);
  return parsed;
}

/** The source file of an entry, relative to the project (for edit links and error messages). */
export function entryFile(entry: GuideEntry): string {
  return entry.filePath ?? `${contentDir.replace(/^\.\//, '')}/guides/${entry.id}.mdx`;
}

/**
 * A guide's Markdown body, read from its file: the content layer keeps no bodies (see
 * src/content.config.ts), and only reading time and the Korean search terms need one.
 */
export function guideBody(entry: GuideEntry): string {
  return markdownBody(readFileSync(entryFile(entry), 'utf8'));
}

/** Published guides (drafts too in `astro dev`, never in a production build). */
export async function publishedGuides(): Promise<GuideEntry[]> {
  return getCollection('guides', (entry) => import.meta.env.DEV || !entry.data.draft);
}

/** Every guide for every reader language, falling back to an existing translation. */
export async function localizedGuides(): Promise<LocalizedGuide[]> {
  const bySlug = new Map<string, Partial<Record<Locale, GuideEntry>>>();
  for (const entry of await publishedGuides()) {
    const { lang, slug } = entryLocale(entry);
    bySlug.set(slug, { ...bySlug.get(slug), [lang]: entry });
  }
  const out: LocalizedGuide[] = [];
  for (const [slug, translations] of bySlug) {
    for (const lang of LOCALES) {
      const contentLang = translations[lang] ? lang : LOCALES.find((l) => translations[l]);
      const entry = contentLang && translations[contentLang];
      if (!contentLang || !entry) continue;
      out.push({ slug, lang, entry, contentLang, isFallback: contentLang !== lang, translations });
    }
  }
  return out;
}

/** What a list needs of a localized guide. */
export interface ListedGuide extends GuideSummary {
  /** The language the title and description are written in (may differ from the list's). */
  contentLang: Locale;
}

/** The summary of a localized guide, for lists, feeds and related guides. */
export function toListed(guide: LocalizedGuide): ListedGuide {
  const d = guide.entry.data;
  return {
    slug: guide.slug,
    lang: guide.lang,
    contentLang: guide.contentLang,
    title: d.title,
    description: d.description,
    date: d.date,
    updated: d.updated,
    lastVerified: d.lastVerified,
    weight: d.weight,
    tags: d.tags,
  };
}

/** All guides as listed for readers of `lang`. */
export async function listedGuides(lang: Locale): Promise<ListedGuide[]> {
  return (await localizedGuides()).filter((g) => g.lang === lang).map(toListed);
}

/**
 * Fails the build when a guide's translations disagree on their h2/h3 anchors, since wiki
 * links like `/ko/guides/x/#fix` must work in every language.
 */
export async function assertMatchingAnchors(translations: Partial<Record<Locale, GuideEntry>>): Promise<void> {
  const written = LOCALES.flatMap((l) => (translations[l] ? [translations[l]] : []));
  if (written.length < 2) return;
  const anchors = await Promise.all(
    written.map(async (entry) => {
      const { headings } = await render(entry);
      return headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.slug);
    }),
  );
  const [first, ...rest] = anchors;
  rest.forEach((other, i) => {
    const missing = first!.filter((id) => !other.includes(id));
    const extra = other.filter((id) => !first!.includes(id));
    if (missing.length || extra.length) {
      throw new Error(
        `Heading anchors differ between ${entryFile(written[0]!)} and ${entryFile(written[i + 1]!)}: ` +
          (missing.length ? `missing in the second: ${missing.map((m) => `#${m}`).join(', ')}. ` : '') +
          (extra.length ? `only in the second: ${extra.map((m) => `#${m}`).join(', ')}. ` : '') +
          'Give both files the same {#id} on each h2/h3.',
      );
    }
  });
}
