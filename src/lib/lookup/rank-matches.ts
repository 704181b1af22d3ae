import type { LookupIndex } from './compile-records.ts';
import type { SignatureHit } from './match-signatures.ts';
import { mapRangeThroughRedaction, redactSecrets, redactWithOffsets } from './redact-secrets.ts';
import { maskControlCharacters } from './strip-terminal-codes.ts';
import type { Confidence, LineClasses, LookupMatch, MatchHit, NormalizedLog, Range } from './types.ts';

/** Scores from here up are `high`: a telling signature on an error line, or a good one just before the exit code. */
export const HIGH_CONFIDENCE = 0.6;
/** Scores from here up are `medium`: a telling signature on a plain line (a short paste of the message itself). */
export const MEDIUM_CONFIDENCE = 0.4;
/** Fallback records never score above this: "the job failed" says nothing about why, so they stay `low`. */
export const FALLBACK_CEILING = 0.3;
/** Added per further line (up to three) at least half as telling as the best one: repeated evidence counts, a little. */
export const EXTRA_HIT_BONUS = 0.04;

/** How many results and hits per result to return. */
export interface RankOptions {
  /** Results returned at most. */
  maxResults: number;
  /** Hits kept per result at most (the best ones, shown in line order). */
  maxHitsPerResult: number;
}

interface LineEvidence {
  line: number;
  score: number;
  ranges: Range[];
  captures: Record<string, string> | undefined;
}

/**
 * Groups hits by record and scores each record 0..1: the signature's specificity times the
 * weight of the line it is on (error marker, just before the exit code, failing step, tail),
 * plus a little for each further matching line. Fallback records are kept only when no
 * specific record matched. Best first; ties broken by id so results are stable.
 */
export function rankMatches(
  index: LookupIndex,
  log: NormalizedLog,
  classes: LineClasses,
  hits: readonly SignatureHit[],
  options: RankOptions,
): LookupMatch[] {
  const byRecord = new Map<number, Map<number, LineEvidence>>();
  for (const hit of hits) {
    const signature = index.signatures[hit.signature];
    if (signature === undefined) continue;
    const score = signature.specificity * (classes.weights[hit.line] ?? 0);
    let lines = byRecord.get(signature.record);
    if (lines === undefined) byRecord.set(signature.record, (lines = new Map()));
    const known = lines.get(hit.line);
    if (known === undefined) {
      lines.set(hit.line, { line: hit.line, score, ranges: [...hit.ranges], captures: hit.captures });
    } else {
      known.ranges.push(...hit.ranges);
      if (score > known.score) {
        known.score = score;
        known.captures = hit.captures ?? known.captures;
      } else {
        known.captures ??= hit.captures;
      }
    }
  }

  const anySpecific = [...byRecord.keys()].some((record) => index.records[record]?.fallback === false);
  const results: LookupMatch[] = [];
  for (const [recordIndex, lines] of byRecord) {
    const record = index.records[recordIndex];
    if (record === undefined || (record.fallback && anySpecific)) continue;
    const evidence = [...lines.values()].sort((a, b) => b.score - a.score || a.line - b.line);
    const best = evidence[0]?.score ?? 0;
    // Only lines nearly as telling as the best one count as more evidence: ten echoes of a
    // phrase in a script are not ten errors.
    const corroborating = evidence.filter((item) => item.score >= best / 2).length - 1;
    let score = Math.min(1, best + EXTRA_HIT_BONUS * Math.min(3, corroborating));
    if (record.fallback) score = Math.min(score, FALLBACK_CEILING);
    score = Math.round(score * 1000) / 1000;

    const captures: Record<string, string> = {};
    for (const item of evidence) {
      for (const [name, value] of Object.entries(item.captures ?? {})) {
        if (!(name in captures)) captures[name] = redactSecrets(maskControlCharacters(decodePercent(value)));
      }
    }

    const shown = evidence
      .slice(0, options.maxHitsPerResult)
      .sort((a, b) => a.line - b.line)
      .map((item) => toMatchHit(log, item));
    results.push({
      id: record.id,
      guide: record.guide,
      anchor: record.anchor,
      score,
      confidence: confidenceOf(score),
      hits: shown,
      captures,
    });
  }
  results.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return results.slice(0, options.maxResults);
}

/** Puts a score into words. */
export function confidenceOf(score: number): Confidence {
  if (score >= HIGH_CONFIDENCE) return 'high';
  if (score >= MEDIUM_CONFIDENCE) return 'medium';
  return 'low';
}

function toMatchHit(log: NormalizedLog, evidence: LineEvidence): MatchHit {
  const redacted = redactWithOffsets(maskControlCharacters(log.lines[evidence.line] ?? ''));
  const ranges = mergeRanges(evidence.ranges.map((range) => mapRangeThroughRedaction(range, redacted.spans)));
  return { line: log.firstLine + evidence.line, text: redacted.text, ranges };
}

/** Sorts ranges and joins the ones that overlap or touch. */
function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** npm prints scoped names as `@scope%2fname`; show them as people type them. */
function decodePercent(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
