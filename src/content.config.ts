import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide.ts';
import { contentDir } from './site.config.ts';

/** Guides: `content/guides/<lang>/<slug>.mdx`; the entry id is `<lang>/<slug>`. */
const guides = defineCollection({
  loader: glob({
    base: `${contentDir}/guides`,
    pattern: '**/*.mdx',
    // The path is the id, always: a `slug` key in front matter must not move a guide
    // (the schema refuses the key anyway).
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: guideSchema,
});

export const collections = { guides };
