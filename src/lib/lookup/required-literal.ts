/** Shorter literals than this hit too many lines to be worth a prefilter entry. */
export const MIN_REQUIRED_LITERAL = 3;

/**
 * Derives the phrases a regex cannot match without: for each top-level alternative, its
 * longest run of plain characters outside groups, classes and optional parts, lower-cased
 * (ASCII only). Returns `undefined` when some alternative has no such run of at least
 * `MIN_REQUIRED_LITERAL` characters; that record must then declare `requiredLiteral`.
 */
export function deriveRequiredLiterals(source: string): string[] | undefined {
  const branches: string[] = [];
  let best = '';
  let run = '';
  let lastWasRunChar = false;

  const endRun = (): void => {
    if (run.length > best.length) best = run;
    run = '';
    lastWasRunChar = false;
  };
  const addChar = (char: string): void => {
    run += char;
    lastWasRunChar = true;
  };

  let i = 0;
  while (i < source.length) {
    const char = source[i] ?? '';
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      const skip = escapeLength(source, i);
      if (skip === 2 && /[^A-Za-z0-9]/.test(next)) {
        addChar(next);
      } else {
        endRun();
      }
      i += skip;
      continue;
    }
    if (char === '(') {
      endRun();
      i = skipGroup(source, i);
      continue;
    }
    if (char === '[') {
      endRun();
      i = skipClass(source, i);
      continue;
    }
    if (char === '|') {
      endRun();
      branches.push(best);
      best = '';
      i++;
      continue;
    }
    if (char === '*' || char === '?' || char === '+' || char === '{') {
      const quantifier = char === '{' ? /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i, i + 24)) : null;
      if (char === '{' && quantifier === null) {
        // Annex B: a `{` that does not start a quantifier is a plain character.
        addChar('{');
        i++;
        continue;
      }
      const optional = char === '*' || char === '?' || (quantifier !== null && quantifier[1] === '0');
      if (lastWasRunChar && optional) run = run.slice(0, -1);
      endRun();
      i += quantifier ? quantifier[0].length : 1;
      if (source[i] === '?') i++;
      continue;
    }
    if (char === '.' || char === '^' || char === '$') {
      endRun();
      i++;
      continue;
    }
    addChar(char);
    i++;
  }
  endRun();
  branches.push(best);

  const literals = branches.map(asciiLower);
  return literals.every((literal) => literal.length >= MIN_REQUIRED_LITERAL) ? literals : undefined;
}

/** Lower-cases ASCII letters only, so offsets stay the same as in the original text. */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

function escapeLength(source: string, at: number): number {
  const next = source[at + 1] ?? '';
  if (next === 'x') return 4;
  if (next === 'c') return 3;
  if (next === 'u') return source[at + 2] === '{' ? braceEnd(source, at + 2) - at : 6;
  if (next === 'p' || next === 'P') return braceEnd(source, at + 2) - at;
  if (next === 'k') {
    const close = source.indexOf('>', at + 2);
    return close === -1 ? 2 : close + 1 - at;
  }
  if (/[0-9]/.test(next)) {
    let end = at + 1;
    while (/[0-9]/.test(source[end] ?? '')) end++;
    return end - at;
  }
  return 2;
}

function braceEnd(source: string, open: number): number {
  if (source[open] !== '{') return open;
  const close = source.indexOf('}', open);
  return close === -1 ? open : close + 1;
}

function skipClass(source: string, open: number): number {
  let i = open + 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

function skipGroup(source: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < source.length) {
    const char = source[i];
    if (char === '\\') i += 2;
    else if (char === '[') i = skipClass(source, i);
    else {
      if (char === '(') depth++;
      else if (char === ')') {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
  }
  return i;
}
