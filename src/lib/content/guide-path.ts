import { isLocale, type Locale } from '../i18n/locales.ts';

/** A guide file's place in `content/guides/<lang>/<slug>.mdx`, once checked. */
export interface GuidePath {
  lang: Locale;
  slug: string;
}

/** Slugs become public URLs: lower-case ASCII kebab-case, nothing else. */
export const GUIDE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a guide's path was refused, naming the file. */
export interface GuidePathProblem {
  file: string;
  message: string;
}

/**
 * Checks guide file paths (relative to the guides folder, `/`-separated): each must be
 * `<lang>/<slug>.mdx` with a known language and a kebab-case slug, and no slug may appear
 * twice in one language (e.g. `x.mdx` beside `X.mdx`, or `x.md` beside `x.mdx`).
 */
export function checkGuidePaths(files: readonly string[]): GuidePathProblem[] {
  const problems: GuidePathProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const parts = file.split('/');
    const [lang, name] = parts;
    if (parts.length !== 2 || lang === undefined || name === undefined) {
      problems.push({ file, message: 'guides live at content/guides/<lang>/<slug>.mdx, one folder deep' });
      continue;
    }
    if (!isLocale(lang)) {
      problems.push({ file, message: `unknown language folder "${lang}" (expected en or ko)` });
      continue;
    }
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : '';
    if (ext !== '.mdx') {
      problems.push({ file, message: `guides are .mdx files (found "${ext || 'no extension'}")` });
    }
    if (!GUIDE_SLUG_PATTERN.test(stem)) {
      problems.push({ file, message: `slug "${stem}" must be lower-case ASCII words joined by "-" (it becomes the URL)` });
    }
    const key = `${lang}/${stem.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ file, message: `duplicate slug "${stem}" in ${lang}: ${first} already uses it` });
    } else {
      seen.set(key, file);
    }
  }
  return problems;
}

/** Reads `<lang>/<slug>` (a content entry id) back into its parts; `undefined` if it is not one. */
export function parseGuideId(id: string): GuidePath | undefined {
  const [lang, slug, ...rest] = id.split('/');
  if (rest.length > 0 || !isLocale(lang) || slug === undefined || !GUIDE_SLUG_PATTERN.test(slug)) return undefined;
  return { lang, slug };
}
