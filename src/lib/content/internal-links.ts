// Every internal link in the built site must lead somewhere: a page that exists and, for a
// `#fragment`, an element with that id. Teams paste these URLs into wikis, so a renamed
// heading or a guide link with a typo fails the build instead of a reader.

/** The anchors a built page offers and the links it makes. */
export interface PageAnchors {
  /** Every `id` (and `<a name>`) on the page. */
  ids: Set<string>;
  /** Every `href` of an `<a>` or `<area>`, with its 1-based line in the file. */
  links: { href: string; line: number }[];
}

/** An internal link that leads nowhere. */
export interface LinkProblem {
  /** The built file the link is in, relative to the output folder. */
  file: string;
  line: number;
  href: string;
  message: string;
}

const ID = /\s(?:id|name)="([^"]*)"/g;
const LINK = /<(?:a|area)\s[^>]*?\bhref="([^"]*)"/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (value: string) => value.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);

/** Reads the ids and links of a built HTML page (Astro writes attributes double-quoted). */
export function pageAnchors(html: string): PageAnchors {
  const ids = new Set<string>();
  for (const [, id] of html.matchAll(ID)) if (id) ids.add(decode(id));
  const links: PageAnchors['links'] = [];
  // Lines counted as the matches go by, so a long page costs one pass, not one per link.
  let line = 1;
  let at = 0;
  for (const match of html.matchAll(LINK)) {
    for (let i = html.indexOf('\n', at); i !== -1 && i < match.index; i = html.indexOf('\n', i + 1)) line++;
    at = match.index;
    links.push({ href: decode(match[1] ?? ''), line });
  }
  return { ids, links };
}

/** The built file a site path is served from (`/en/` → `en/index.html`), relative to the output folder. */
export function fileOfPath(path: string): string {
  const clean = decodeURIComponent(path).replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

/**
 * Checks every link of the built pages: same-page `#ids`, and links to this site (absolute
 * paths under `base`, relative paths, or full URLs on `site`) against the files and ids that
 * exist. Other origins, `mailto:` and the like are not checked; `javascript:` links are refused.
 */
export function checkInternalLinks(
  pages: ReadonlyMap<string, PageAnchors>,
  files: ReadonlySet<string>,
  options: { site: string; base: string },
): LinkProblem[] {
  const origin = new URL(options.site).origin;
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const problems: LinkProblem[] = [];
  for (const [file, page] of pages) {
    const pageUrl = new URL(`${base}${file.replace(/index\.html$/, '')}`, origin);
    for (const { href, line } of page.links) {
      const problem = linkProblem(href, pageUrl, origin, base, pages, files);
      if (problem) problems.push({ file, line, href, message: problem });
    }
  }
  return problems;
}

function linkProblem(
  href: string,
  pageUrl: URL,
  origin: string,
  base: string,
  pages: ReadonlyMap<string, PageAnchors>,
  files: ReadonlySet<string>,
): string | undefined {
  if (/^\s*javascript:/i.test(href)) return 'javascript: links are not allowed';
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return 'is not a valid URL';
  }
  if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return undefined;
  if (!url.pathname.startsWith(base)) return `leaves the site's base path ${base}`;
  const target = fileOfPath(url.pathname.slice(base.length - 1));
  if (!files.has(target)) return `no page at ${url.pathname} (expected ${target} in the build)`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment === '') return undefined;
  const anchors = pages.get(target);
  if (anchors && !anchors.ids.has(fragment)) return `no element with id "${fragment}" on ${url.pathname}`;
  return undefined;
}
