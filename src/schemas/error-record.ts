import { z } from 'astro/zod';
import { checkSignature, MAX_WEIGHT, MAX_WINDOW, RECORD_ID_PATTERN } from '../lib/lookup/check-records.ts';
import { DEFAULT_WEIGHT, DEFAULT_WINDOW, type ErrorRecord } from '../lib/lookup/types.ts';

const kebab = (what: string) =>
  z.string().regex(RECORD_ID_PATTERN, `${what} must be lower-case ASCII words joined by "-"`);

/** One way an error shows up in a log (`content/errors/<id>.yaml` → `signatures[]`). */
export const signatureSchema = z
  .strictObject({
    /** A phrase matched case-insensitively anywhere in a line. */
    literal: z.string().optional().describe('Phrase matched case-insensitively anywhere in a line'),
    /** JavaScript regex source, case-insensitive; named groups (`(?<owner>…)`) become captures. */
    regex: z
      .string()
      .optional()
      .describe('JavaScript regex source, matched case-insensitively per line; named groups become captures'),
    /** A phrase every regex match contains, for the prefilter; derived from the regex when absent. */
    requiredLiteral: z
      .string()
      .optional()
      .describe('Phrase every regex match contains (prefilter); derived from the regex when absent'),
    /** Phrases of which one must appear within `window` lines of the hit. */
    requires: z.array(z.string()).default([]).describe('Phrases of which one must appear within `window` lines'),
    /** Phrases that veto the hit when one appears within `window` lines. */
    excludes: z.array(z.string()).default([]).describe('Phrases that veto the hit within `window` lines'),
    /** Lines above and below the hit that `requires`/`excludes` look at (0: same line only). */
    window: z
      .number()
      .int()
      .min(0)
      .max(MAX_WINDOW)
      .default(DEFAULT_WINDOW)
      .describe('Lines above and below the hit that requires/excludes look at'),
    /** Multiplies the signature's specificity (1: as computed). */
    weight: z
      .number()
      .gt(0)
      .max(MAX_WEIGHT)
      .default(DEFAULT_WEIGHT)
      .describe("Multiplies the signature's specificity"),
  })
  .superRefine((signature, context) => {
    for (const problem of checkSignature(signature)) {
      context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    }
  });

/** A known CI/CD error: how to recognize it and where its guide explains it. */
export const errorRecordSchema = z.strictObject({
  /** Stable kebab-case id; used in URLs and CLI output, so never renamed. */
  id: kebab('id').describe('Stable kebab-case id'),
  /** Slug of the guide that explains the error (`content/guides/<lang>/<slug>.mdx`). */
  guide: kebab('guide').describe('Slug of the guide that explains the error'),
  /** Id of the guide section to jump to. */
  anchor: kebab('anchor').describe('Id of the guide section to jump to'),
  /** The error's usual wording, for lists such as `/<lang>/errors/`. */
  message: z.string().trim().min(3).describe("The error's usual wording, as a reader recognizes it"),
  /** Fix links filled in from captures (`{owner}`, `{image}`…), with a label per language. */
  links: z
    .array(
      z.strictObject({
        /** URL template; placeholders are capture names and are URL-encoded when filled. */
        url: z.string().regex(/^https:\/\//, 'an https:// URL template').describe('URL template with {capture} placeholders'),
        /** The link's text in each language, with the same placeholders. */
        label: z.strictObject({ en: z.string().min(1), ko: z.string().min(1) }).describe('Link text per language'),
      }),
    )
    .default([])
    .describe('Fix links filled in from captures'),
  /** Generic record shown only when nothing specific matched (e.g. a bare exit code). */
  fallback: z.boolean().default(false).describe('Generic record shown only when nothing specific matched'),
  /** Ways the error shows up; one hit is enough. */
  signatures: z.array(signatureSchema).min(1).describe('Ways the error shows up; one hit is enough'),
  /** Real log excerpts (at least two) that must rank this record first. */
  examples: z.array(z.string().min(1)).min(2).describe('Real log excerpts that must rank this record first'),
  /** Real near-misses that must not match this record. */
  counterExamples: z.array(z.string().min(1)).default([]).describe('Real near-misses that must not match'),
}) satisfies z.ZodType<ErrorRecord>;

/** What an error record file may contain before defaults are applied. */
export type ErrorRecordInput = z.input<typeof errorRecordSchema>;
