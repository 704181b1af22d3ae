import { buildAutomaton, type Automaton } from './aho-corasick.ts';
import { checkRecords } from './check-records.ts';
import { asciiLower, deriveRequiredLiterals } from './required-literal.ts';
import type { ErrorRecord, Signature } from './types.ts';

/** A signature ready to match: its regex compiled, its context phrases turned into pattern ids. */
export interface CompiledSignature {
  /** Position of its record in `LookupIndex.records`. */
  record: number;
  /** The regex (flags `gi`), or `undefined` for a literal signature (the prefilter hit is the match). */
  regex: RegExp | undefined;
  /** For a literal signature: its length, to turn a prefilter hit's end into a range. */
  literalLength: number;
  /** Pattern ids of which one must occur within `window` lines of a hit. */
  requires: number[];
  /** Pattern ids that veto a hit when they occur within `window` lines of it. */
  excludes: number[];
  /** Lines above and below a hit that `requires` and `excludes` look at. */
  window: number;
  /** How telling a hit is, 0..1, before the line it is on is taken into account. */
  specificity: number;
}

/** Records compiled once, to look up any number of logs. */
export interface LookupIndex {
  /** The records, in the order given. */
  records: readonly ErrorRecord[];
  /** Every signature of every record. */
  signatures: CompiledSignature[];
  /** Distinct lower-cased phrases the automaton looks for (prefilter keys and context phrases). */
  patterns: string[];
  /** One pass over a line finds every pattern. */
  automaton: Automaton;
  /** Signatures whose prefilter key is pattern `p` are `keys[keyStart[p] .. keyStart[p + 1])`. */
  keyStart: Int32Array;
  /** Signature ids, grouped by prefilter pattern. */
  keys: Int32Array;
  /** 1 where a pattern is a `requires`/`excludes` phrase whose lines must be remembered. */
  isContext: Uint8Array;
  /** Length of the shortest pattern: shorter lines cannot hold any. */
  shortestPattern: number;
}

/** Thrown at build time when records are invalid; lists every problem with its record and field. */
export class RecordCompileError extends Error {
  /** The problems found. */
  readonly problems: { id: string; field: string; message: string }[];
  constructor(problems: { id: string; field: string; message: string }[]) {
    super(`Invalid error records:\n${problems.map((p) => `  ${p.id} → ${p.field}: ${p.message}`).join('\n')}`);
    this.name = 'RecordCompileError';
    this.problems = problems;
  }
}

/**
 * Compiles records into an index: one Aho–Corasick automaton over every signature's required
 * phrase and every context phrase, so a lookup reads each line once and runs a regex only
 * where its required phrase occurs. Throws `RecordCompileError` on invalid records: records
 * are build-time data, and a broken one must fail the build, not a lookup.
 */
export function compileRecords(records: readonly ErrorRecord[]): LookupIndex {
  const problems = checkRecords(records);
  if (problems.length > 0) throw new RecordCompileError(problems);

  const patterns: string[] = [];
  const patternIds = new Map<string, number>();
  const patternId = (phrase: string): number => {
    const key = asciiLower(phrase);
    let id = patternIds.get(key);
    if (id === undefined) {
      id = patterns.length;
      patterns.push(key);
      patternIds.set(key, id);
    }
    return id;
  };

  const signatures: CompiledSignature[] = [];
  const keyLists: number[][] = [];
  const contextIds = new Set<number>();
  records.forEach((record, recordIndex) => {
    for (const signature of record.signatures) {
      const keys = prefilterKeys(signature).map(patternId);
      const requires = signature.requires.map(patternId);
      const excludes = signature.excludes.map(patternId);
      for (const id of [...requires, ...excludes]) contextIds.add(id);
      const compiled: CompiledSignature = {
        record: recordIndex,
        regex: signature.regex === undefined ? undefined : new RegExp(signature.regex, 'gi'),
        literalLength: signature.literal?.length ?? 0,
        requires,
        excludes,
        window: signature.window,
        specificity: specificityOf(signature),
      };
      const signatureId = signatures.push(compiled) - 1;
      for (const key of new Set(keys)) (keyLists[key] ??= []).push(signatureId);
    }
  });

  const keyStart = new Int32Array(patterns.length + 1);
  let total = 0;
  for (let p = 0; p < patterns.length; p++) {
    keyStart[p] = total;
    total += keyLists[p]?.length ?? 0;
  }
  keyStart[patterns.length] = total;
  const keys = new Int32Array(total);
  for (let p = 0; p < patterns.length; p++) keys.set(keyLists[p] ?? [], keyStart[p] ?? 0);

  const isContext = new Uint8Array(patterns.length);
  for (const id of contextIds) isContext[id] = 1;

  return {
    records,
    signatures,
    patterns,
    automaton: buildAutomaton(patterns),
    keyStart,
    keys,
    isContext,
    shortestPattern: patterns.reduce((min, p) => Math.min(min, p.length), Number.POSITIVE_INFINITY),
  };
}

/** The phrases whose occurrence makes a signature worth testing on a line. */
function prefilterKeys(signature: Signature): string[] {
  if (signature.literal !== undefined) return [signature.literal];
  if (signature.requiredLiteral !== undefined) return [signature.requiredLiteral];
  return deriveRequiredLiterals(signature.regex ?? '') ?? [];
}

/**
 * How much a hit says on its own: a regex that captures names (owner, package…) says the most,
 * then long literals, then short ones; the author's `weight` scales it.
 */
function specificityOf(signature: Signature): number {
  let base: number;
  if (signature.regex !== undefined) {
    const literal = Math.max(...prefilterKeys(signature).map((key) => key.length));
    base = 0.55 + 0.25 * Math.min(1, literal / 30) + (/\(\?<[A-Za-z]/.test(signature.regex) ? 0.15 : 0);
  } else {
    base = 0.45 + 0.4 * Math.min(1, (signature.literal ?? '').length / 40);
  }
  if (signature.requires.length > 0) base += 0.05;
  return Math.max(0.05, Math.min(1, base * signature.weight));
}
