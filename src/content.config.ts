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
    // Astro bundles the content store into the server build as one JSON module: with bodies that
    // is every guide's text again (40 MB for 2,000 guides) through each bundler hook, and parsed
    // before the first page renders. Pages render from the compiled MDX; the two uses of a raw
    // body (reading time, Korean search terms) read the file (`guideBody` in src/data/guides.ts).
    retainBody: false,
  }),
  schema: guideSchema,
});

export const collections = { guides };
