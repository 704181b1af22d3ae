// Node-only: proves each signature regex safe from catastrophic backtracking with recheck
// (https://makenowjust-labs.github.io/recheck/), caching verdicts because a check takes ~0.3 s.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { check } from 'recheck';

/** The flags the engine compiles signature regexes with (see compile-records.ts). */
export const SIGNATURE_REGEX_FLAGS = 'gi';

// recheck's fuzzer stops on wall-clock timeouts by default, so a busy machine could reach another
// verdict than an idle one; without them on the search (and with a fixed seed) every build gives
// the same answer. Only the phases that confirm an attack keep a limit: they run the vulnerable
// regex itself, which without one would never return. About 0.5 s per regex; verdicts are cached.
const DETERMINISTIC = {
  timeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  attackTimeout: 10_000,
  recallTimeout: 1_000,
  randomSeed: 0,
} as const;

/** A regex recheck could not prove safe, with the attack string when it found one. */
export interface UnsafeRegex {
  source: string;
  status: string;
  detail: string;
  attack?: string | undefined;
}

/**
 * Checks every regex; returns those not proven safe. Verdicts of "safe" are cached in
 * `cacheFile` (keyed by flags and source), so unchanged records cost nothing on the next build.
 */
export async function checkRegexSafety(sources: readonly string[], cacheFile: string): Promise<UnsafeRegex[]> {
  let cache: Record<string, 'safe'> = {};
  if (existsSync(cacheFile)) {
    try {
      cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, 'safe'>;
    } catch {
      cache = {};
    }
  }
  const key = (source: string) => `${SIGNATURE_REGEX_FLAGS}/${source}`;
  const todo = [...new Set(sources)].filter((s) => cache[key(s)] !== 'safe');
  const unsafe: UnsafeRegex[] = [];
  // One check at a time per core: recheck's native agent runs them side by side, about halving
  // a cold build's wait on two cores. Verdicts do not depend on the order (no timeouts, fixed seed).
  const queue = [...todo];
  const worker = async () => {
    for (let source = queue.shift(); source !== undefined; source = queue.shift()) {
      const result = await check(source, SIGNATURE_REGEX_FLAGS, DETERMINISTIC);
      if (result.status === 'safe') {
        cache[key(source)] = 'safe';
      } else {
        const detail =
          result.status === 'vulnerable'
            ? `${result.complexity.summary} backtracking`
            : `could not be proven safe (${result.error.kind})`;
        unsafe.push({ source, status: result.status, detail, attack: result.status === 'vulnerable' ? result.attack.pattern : undefined });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), todo.length) }, worker));
  // Workers finish in any order; report in the order the records gave.
  unsafe.sort((a, b) => todo.indexOf(a.source) - todo.indexOf(b.source));
  if (todo.length > 0) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, `${JSON.stringify(cache, null, 1)}\n`);
  }
  return unsafe;
}
