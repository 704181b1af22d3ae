// Node-only: what the build checks and the CLI need from guide files, without rendering them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frontMatterEntries } from '../lib/content/front-matter-entries.ts';
import { headingAnchors } from '../lib/content/heading-anchors.ts';
import { isLocale, type Locale } from '../lib/i18n/locales.ts';

/** One guide file: language, slug, title, draft flag and heading anchors (shared between reads: never change one). */
export interface GuideFile {
  readonly lang: Locale;
  readonly slug: string;
  readonly file: string;
  readonly title: string;
  readonly draft: boolean;
  readonly anchors: readonly string[];
}

/** YAML text as a plain object, or `undefined` when it does not parse to one. */
function parseObject(yaml: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = parse(yaml);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The `title` and `draft` of a Markdown file's front matter (empty when there is none or it is
 * broken). Only those two entries are parsed, which is most of the time a build spends here.
 * Front matter whose top-level keys are not all plain (quoted, complex or flow keys), merge keys
 * (`<<`), and entries that do not parse alone (an alias to another entry) take the full parse.
 */
function titleAndDraft(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match?.[1]) return {};
  const yaml = match[1];
  const plainKeys = !yaml.includes('<<') && !/^["'?{[]/m.test(yaml);
  return (plainKeys && parseObject(frontMatterEntries(yaml, ['title', 'draft']))) || parseObject(yaml) || {};
}

// One build reads the guides several times: the content check, then each bundle that imports the
// error records (server, client, lookup worker). Parsing 2,000 front matters costs about a second
// each time, so a file is parsed again only when its size or modification time changed (as in
// `astro dev`).
const parsed = new Map<string, { mtimeMs: number; size: number; guide: GuideFile }>();

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
      const { mtimeMs, size } = statSync(file);
      const known = parsed.get(file);
      if (known?.mtimeMs === mtimeMs && known.size === size) {
        out.push(known.guide);
        continue;
      }
      const source = readFileSync(file, 'utf8');
      const data = titleAndDraft(source);
      const guide: GuideFile = {
        lang,
        slug: name.replace(/\.mdx$/, ''),
        file,
        title: typeof data['title'] === 'string' ? data['title'] : name,
        draft: data['draft'] === true,
        anchors: headingAnchors(source),
      };
      parsed.set(file, { mtimeMs, size, guide });
      out.push(guide);
    }
  }
  return out;
}
