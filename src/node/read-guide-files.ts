// Node-only: what the build checks and the CLI need from guide files, without rendering them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { headingAnchors } from '../lib/content/heading-anchors.ts';
import { isLocale, type Locale } from '../lib/i18n/locales.ts';

/** One guide file: language, slug, title, draft flag and heading anchors. */
export interface GuideFile {
  lang: Locale;
  slug: string;
  file: string;
  title: string;
  draft: boolean;
  anchors: string[];
}

/** Front matter of a Markdown file as a plain object (empty when there is none or it is broken). */
function frontMatter(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match?.[1]) return {};
  try {
    const data: unknown = parse(match[1]);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Reads every `guides/<lang>/<slug>.mdx` below `contentDir`. */
export function readGuideFiles(contentDir: string): GuideFile[] {
  const out: GuideFile[] = [];
  const guidesDir = join(contentDir, 'guides');
  if (!existsSync(guidesDir)) return out;
  for (const lang of readdirSync(guidesDir)) {
    if (!isLocale(lang)) continue;
    for (const name of readdirSync(join(guidesDir, lang))) {
      if (!name.endsWith('.mdx')) continue;
      const file = join(guidesDir, lang, name);
      const source = readFileSync(file, 'utf8');
      const data = frontMatter(source);
      out.push({
        lang,
        slug: name.replace(/\.mdx$/, ''),
        file,
        title: typeof data['title'] === 'string' ? data['title'] : name,
        draft: data['draft'] === true,
        anchors: headingAnchors(source),
      });
    }
  }
  return out;
}
