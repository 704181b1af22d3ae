import type { Locale } from '../i18n/locales.ts';
import { fillFixTemplate } from './fill-fix-template.ts';
import type { FixLink } from './types.ts';

/** A fix link with its placeholders filled for one match, ready to show. */
export interface FilledLink {
  url: string;
  label: string;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/**
 * Fills a record's fix links from a match's captures for one language: the URL with
 * URL-encoded values, the label as plain text. Links whose placeholders lack a capture are
 * left out (a generic link to the guide is always shown anyway).
 */
export function fillFixLinks(links: readonly FixLink[] | undefined, captures: Readonly<Record<string, string>>, lang: Locale): FilledLink[] {
  if (!Array.isArray(links)) return [];
  const out: FilledLink[] = [];
  for (const link of links) {
    const url = fillFixTemplate(link.url, captures);
    if (url === undefined) continue;
    const label = (link.label[lang] ?? link.label.en).replace(PLACEHOLDER, (whole: string, name: string) =>
      Object.hasOwn(captures, name) ? (captures[name] ?? whole) : whole,
    );
    out.push({ url, label });
  }
  return out;
}
