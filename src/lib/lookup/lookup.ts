import { classifyLines } from './classify-lines.ts';
import type { LookupIndex } from './compile-records.ts';
import { failingLine } from './failing-line.ts';
import { matchSignatures } from './match-signatures.ts';
import { DEFAULT_NORMALIZE_LIMITS, normalizeLog } from './normalize-log.ts';
import { rankMatches } from './rank-matches.ts';
import type { LookupOptions, LookupResult } from './types.ts';

/** Results and hits per result unless the caller asks otherwise. */
export const DEFAULT_RESULT_LIMITS = { maxResults: 5, maxHitsPerResult: 5 } as const;

/**
 * Finds the known errors in a pasted log, best first. Never throws: anything that is not a
 * string, or any failure inside, gives no matches. Only the first `maxLineLength` (4,096)
 * characters of a line and the last `maxChars` (8 MB) / `maxLines` (250,000) of a log are
 * examined; `truncated` and `tooLarge` say when that happened.
 */
export function lookupLog(index: LookupIndex, text: unknown, options: LookupOptions = {}): LookupResult {
  try {
    const log = normalizeLog(text, {
      maxChars: options.maxChars ?? DEFAULT_NORMALIZE_LIMITS.maxChars,
      maxLines: options.maxLines ?? DEFAULT_NORMALIZE_LIMITS.maxLines,
      maxLineLength: options.maxLineLength ?? DEFAULT_NORMALIZE_LIMITS.maxLineLength,
    });
    if (log.lines.length === 0) return { matches: [], lineCount: log.lineCount, tooLarge: log.tooLarge, truncated: log.truncated };
    const { hits } = matchSignatures(index, log);
    const classes = classifyLines(log);
    const matches = rankMatches(index, log, classes, hits, {
      maxResults: atLeastOne(options.maxResults, DEFAULT_RESULT_LIMITS.maxResults),
      maxHitsPerResult: atLeastOne(options.maxHitsPerResult, DEFAULT_RESULT_LIMITS.maxHitsPerResult),
    });
    const failing = failingLine(log, classes);
    return {
      matches,
      lineCount: log.lineCount,
      tooLarge: log.tooLarge,
      truncated: log.truncated,
      ...(failing ? { failingLine: failing } : {}),
    };
  } catch {
    // A pasted log must never break the page or the CLI; the worst answer is "no known guide".
    return { matches: [], lineCount: 0, tooLarge: false, truncated: false };
  }
}

function atLeastOne(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}
