/**
 * An Aho–Corasick automaton compiled to a dense transition table: finds every occurrence of
 * every pattern in one left-to-right pass, whatever the number of patterns. ASCII letters
 * fold to one class, so scanning needs no lower-cased copy and offsets stay those of the text.
 */
export interface Automaton {
  /** Character class of each UTF-16 code unit (0: a character no pattern contains). */
  classOf: Uint16Array;
  /** Number of classes, the width of a row of `next`. */
  classCount: number;
  /**
   * `next[state * classCount + class]`: the row (`state * classCount`) of the state after reading
   * a character of that class, bitwise-negated (`~row`, so negative) when patterns end there;
   * one load and one sign test per character.
   */
  next: Int32Array;
  /** Patterns ending in `state` are `outputs[outputStart[state] .. outputStart[state + 1])`. */
  outputStart: Int32Array;
  /** Pattern ids, grouped by state (including patterns that end in a state's suffixes). */
  outputs: Int32Array;
  /** Length of each pattern, by id. */
  patternLengths: Int32Array;
  /** Number of states. */
  stateCount: number;
}

/** Builds the automaton for patterns that are already lower-cased (ASCII); empty patterns never match. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const classOf = new Uint16Array(65536);
  let classCount = 1;
  let totalLength = 0;
  for (const pattern of patterns) {
    totalLength += pattern.length;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      if (classOf[code] !== 0) continue;
      classOf[code] = classCount;
      if (code >= 97 && code <= 122) classOf[code - 32] = classCount;
      classCount++;
    }
  }

  const maxStates = totalLength + 1;
  let next = new Int32Array(maxStates * classCount).fill(-1);
  const own: number[][] = [[]];
  let stateCount = 1;
  patterns.forEach((pattern, id) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const slot = state * classCount + (classOf[pattern.charCodeAt(i)] ?? 0);
      let target = next[slot] ?? -1;
      if (target === -1) {
        target = stateCount++;
        next[slot] = target;
        own.push([]);
      }
      state = target;
    }
    own[state]?.push(id);
  });
  next = next.slice(0, stateCount * classCount);

  // Breadth-first, so a state's failure target is finished before the state itself.
  const fail = new Int32Array(stateCount);
  const order = new Int32Array(stateCount);
  let head = 0;
  let tail = 0;
  for (let c = 0; c < classCount; c++) {
    const target = next[c] ?? -1;
    if (target === -1) next[c] = 0;
    else {
      fail[target] = 0;
      order[tail++] = target;
    }
  }
  while (head < tail) {
    const state = order[head++] ?? 0;
    const failRow = (fail[state] ?? 0) * classCount;
    for (let c = 0; c < classCount; c++) {
      const slot = state * classCount + c;
      const target = next[slot] ?? -1;
      const fallback = next[failRow + c] ?? 0;
      if (target === -1) next[slot] = fallback;
      else {
        fail[target] = fallback;
        order[tail++] = target;
      }
    }
  }

  const outputStart = new Int32Array(stateCount + 1);
  const all: number[][] = new Array<number[]>(stateCount);
  all[0] = own[0] ?? [];
  for (let k = 0; k < tail; k++) {
    const state = order[k] ?? 0;
    const inherited = all[fail[state] ?? 0] ?? [];
    const mine = own[state] ?? [];
    all[state] = inherited.length === 0 ? mine : mine.concat(inherited);
  }
  let total = 0;
  for (let s = 0; s < stateCount; s++) {
    outputStart[s] = total;
    total += all[s]?.length ?? 0;
  }
  outputStart[stateCount] = total;
  const outputs = new Int32Array(total);
  for (let s = 0; s < stateCount; s++) outputs.set(all[s] ?? [], outputStart[s] ?? 0);

  // Rows instead of state numbers save a multiplication per character; the sign flags outputs.
  for (let slot = 0; slot < next.length; slot++) {
    const target = next[slot] ?? 0;
    const row = target * classCount;
    next[slot] = (outputStart[target + 1] ?? 0) > (outputStart[target] ?? 0) ? ~row : row;
  }

  return {
    classOf,
    classCount,
    next,
    outputStart,
    outputs,
    patternLengths: Int32Array.from(patterns, (pattern) => pattern.length),
    stateCount,
  };
}

/**
 * Reads the first `limit` characters of `text` once and calls `onMatch(patternId, end)` for every
 * occurrence (`end` is the offset just past it), in order of `end`.
 */
export function scanText(
  automaton: Automaton,
  text: string,
  limit: number,
  onMatch: (patternId: number, end: number) => void,
): void {
  const { classOf, classCount, next, outputStart, outputs } = automaton;
  const length = Math.min(text.length, limit);
  let row = 0;
  // The hot loop of every lookup: typed-array reads are in bounds by construction, hence `!`.
  for (let i = 0; i < length; i++) {
    const target = next[row + classOf[text.charCodeAt(i)]!]!;
    if (target >= 0) {
      row = target;
      continue;
    }
    row = ~target;
    const state = row / classCount;
    const to = outputStart[state + 1]!;
    for (let k = outputStart[state]!; k < to; k++) onMatch(outputs[k]!, i + 1);
  }
}
