import { scanText } from './aho-corasick.ts';
import type { LookupIndex } from './compile-records.ts';
import type { NormalizedLog, Range } from './types.ts';

/** One signature matching one line. */
export interface SignatureHit {
  /** Index of the signature in `LookupIndex.signatures`. */
  signature: number;
  /** Index of the line in `NormalizedLog.lines`. */
  line: number;
  /** Where it matched in the line. */
  ranges: Range[];
  /** Named captures of the first regex match on the line, if any. */
  captures: Record<string, string> | undefined;
}

/** What one matching pass found, and what it cost. */
export interface MatchOutcome {
  /** Hits whose context conditions hold, in line order. */
  hits: SignatureHit[];
  /** How many times a regex ran on a line (the prefilter keeps this small). */
  regexRuns: number;
}

/** Highlights kept per signature and line: enough to show, bounded whatever the line holds. */
const MAX_RANGES = 8;

/**
 * Matches every signature against every line in one pass: the automaton reads each line once,
 * literal signatures are done when their phrase is found, and a regex runs only on lines where
 * its required phrase occurs. Context (`requires`/`excludes` within a window) is checked last,
 * from the lines on which each context phrase was seen.
 */
export function matchSignatures(index: LookupIndex, log: NormalizedLog): MatchOutcome {
  const { signatures, keyStart, keys, isContext, automaton } = index;
  const hits: SignatureHit[] = [];
  const lastLineOf = new Int32Array(signatures.length).fill(-1);
  const lastHitOf = new Int32Array(signatures.length);
  const contextLines: number[][] = index.patterns.map(() => []);
  const lastContextLine = new Int32Array(index.patterns.length).fill(-1);
  const pending: number[] = [];
  let regexRuns = 0;
  let line = 0;

  const onMatch = (pattern: number, end: number): void => {
    if (isContext[pattern] === 1 && lastContextLine[pattern] !== line) {
      lastContextLine[pattern] = line;
      contextLines[pattern]?.push(line);
    }
    const to = keyStart[pattern + 1] ?? 0;
    for (let k = keyStart[pattern] ?? 0; k < to; k++) {
      const id = keys[k] ?? 0;
      const signature = signatures[id];
      if (signature === undefined) continue;
      if (signature.regex === undefined) {
        const range: Range = [end - signature.literalLength, end];
        const previous = lastLineOf[id] === line ? hits[lastHitOf[id] ?? 0] : undefined;
        if (previous) {
          if (previous.ranges.length < MAX_RANGES) previous.ranges.push(range);
        } else {
          lastLineOf[id] = line;
          lastHitOf[id] = hits.length;
          hits.push({ signature: id, line, ranges: [range], captures: undefined });
        }
      } else if (lastLineOf[id] !== line) {
        lastLineOf[id] = line;
        pending.push(id);
      }
    }
  };

  const { lines } = log;
  const shortest = index.shortestPattern;
  for (line = 0; line < lines.length; line++) {
    const text = lines[line] ?? '';
    if (text.length < shortest) continue;
    scanText(automaton, text, text.length, onMatch);
    if (pending.length === 0) continue;
    for (const id of pending) {
      const regex = signatures[id]?.regex;
      if (regex === undefined) continue;
      regexRuns++;
      const hit = runRegex(regex, text);
      if (hit) hits.push({ signature: id, line, ...hit });
    }
    pending.length = 0;
  }

  return { hits: hits.filter((hit) => contextHolds(index, hit, contextLines)), regexRuns };
}

function runRegex(regex: RegExp, text: string): { ranges: Range[]; captures: Record<string, string> | undefined } | undefined {
  const ranges: Range[] = [];
  let captures: Record<string, string> | undefined;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null && ranges.length < MAX_RANGES; match = regex.exec(text)) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    ranges.push([match.index, match.index + match[0].length]);
    if (captures === undefined && match.groups) {
      captures = {};
      for (const [name, value] of Object.entries(match.groups)) if (value !== undefined && value !== '') captures[name] = value;
    }
  }
  return ranges.length > 0 ? { ranges, captures } : undefined;
}

function contextHolds(index: LookupIndex, hit: SignatureHit, contextLines: number[][]): boolean {
  const signature = index.signatures[hit.signature];
  if (signature === undefined) return false;
  const from = hit.line - signature.window;
  const to = hit.line + signature.window;
  if (signature.requires.length > 0 && !signature.requires.some((p) => occursWithin(contextLines[p], from, to))) return false;
  return !signature.excludes.some((p) => occursWithin(contextLines[p], from, to));
}

/** Whether a sorted list of line indices holds one in `[from, to]`. */
function occursWithin(sortedLines: number[] | undefined, from: number, to: number): boolean {
  if (sortedLines === undefined || sortedLines.length === 0) return false;
  let low = 0;
  let high = sortedLines.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sortedLines[middle] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  return low < sortedLines.length && (sortedLines[low] ?? 0) <= to;
}
