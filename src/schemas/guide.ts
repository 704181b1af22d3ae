import { z } from 'astro/zod';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Front matter of a guide (`content/guides/<lang>/<slug>.mdx`). It accepts what authors
 * coming from Hugo + PaperMod bring, keeps their meaning, and adds what a knowledge base needs.
 * Unknown keys fail the build (a typo such as `tocopen` must not be silently ignored).
 */
export const guideSchema = z.strictObject({
  /** The title, in the guide's language. */
  title: z.string().trim().min(1),
  /** One sentence for lists, search results and link previews. */
  description: z.string().trim().min(1).max(300),
  /** When the guide was first published (Hugo's `date`). */
  date: z.coerce.date(),
  /** When the text last changed in substance; shown beside the date when set. */
  updated: z.coerce.date().optional(),
  /** The day someone last checked the facts (settings, commands, links) against official docs. */
  lastVerified: z.coerce.date(),
  /** Ordering: lower first; guides without a weight come after weighted ones (as in Hugo). */
  weight: z.number().int().optional(),
  /** Old URL paths (e.g. `/posts/old-name/`) that become redirect pages to this guide. */
  aliases: z.array(z.string().regex(/^\/[^\s?#]*$/, 'an alias is a site path starting with "/"')).default([]),
  /** Topic tags, written the same in every language (tool and product names). */
  tags: z.array(z.string().trim().min(1)).default([]),
  /** Author name or names (PaperMod allows both forms). */
  author: z
    .union([z.string().trim().min(1), z.array(z.string().trim().min(1))])
    .default([])
    .transform((a) => (typeof a === 'string' ? [a] : a)),
  /** Show a table of contents. */
  showToc: z.boolean().default(true),
  /** Whether that table of contents starts expanded (PaperMod's `TocOpen`). */
  TocOpen: z.boolean().default(false),
  /** Drafts are rendered by `npm run dev` only, never in the production build. */
  draft: z.boolean().default(false),
  /** Hide the meta line (date, author, reading time). */
  hidemeta: z.boolean().default(false),
  /** Hide the share and copy-link controls (page and headings); anchors keep working. */
  disableShare: z.boolean().default(false),
  /** Sapjil has no comment system (no third-party scripts); `true` shows a "report a problem" link instead. */
  comments: z.boolean().default(false),
  /** Ids of the known errors (`content/errors/<id>.yaml`) this guide fixes. */
  errors: z.array(z.string().regex(kebab, 'error ids are lower-case kebab-case')).default([]),
});

/** A guide's validated front matter. */
export type GuideData = z.output<typeof guideSchema>;
