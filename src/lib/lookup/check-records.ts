import { deriveRequiredLiterals, MIN_REQUIRED_LITERAL } from './required-literal.ts';
import type { ErrorRecord, Signature } from './types.ts';

/** Ids, guide slugs and anchors end up in URLs: lower-case ASCII kebab-case. */
export const RECORD_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Widest context window a signature may ask for. */
export const MAX_WINDOW = 50;

/** Largest weight a signature may carry. */
export const MAX_WEIGHT = 3;

/** What is wrong with a record, naming the field. */
export interface RecordProblem {
  /** The record's id (or its position when the id itself is missing). */
  id: string;
  /** Path of the bad field, e.g. `signatures[1].regex`. */
  field: string;
  /** What was expected. */
  message: string;
}

/** Checks one signature; returns what is wrong with it (empty when it is fine). */
export function checkSignature(signature: Signature): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const hasLiteral = typeof signature.literal === 'string';
  const hasRegex = typeof signature.regex === 'string';
  if (hasLiteral === hasRegex) {
    problems.push({ field: 'literal', message: 'a signature needs exactly one of `literal` or `regex`' });
    return problems;
  }
  if (hasLiteral && (signature.literal ?? '').trim().length < MIN_REQUIRED_LITERAL) {
    problems.push({ field: 'literal', message: `a literal needs at least ${MIN_REQUIRED_LITERAL} characters` });
  }
  if (hasRegex) {
    const source = signature.regex ?? '';
    try {
      new RegExp(source, 'gi');
    } catch (error) {
      problems.push({ field: 'regex', message: `not a valid JavaScript regex: ${(error as Error).message}` });
    }
    if (signature.requiredLiteral !== undefined) {
      if (signature.requiredLiteral.trim().length < MIN_REQUIRED_LITERAL) {
        problems.push({ field: 'requiredLiteral', message: `needs at least ${MIN_REQUIRED_LITERAL} characters` });
      }
    } else if (deriveRequiredLiterals(source) === undefined) {
      problems.push({
        field: 'regex',
        message: `no literal run of ${MIN_REQUIRED_LITERAL}+ characters every match must contain; declare \`requiredLiteral\``,
      });
    }
  } else if (signature.requiredLiteral !== undefined) {
    problems.push({ field: 'requiredLiteral', message: 'only regex signatures take a `requiredLiteral`' });
  }
  for (const key of ['requires', 'excludes'] as const) {
    signature[key].forEach((phrase, i) => {
      if (phrase.trim().length < 2) problems.push({ field: `${key}[${i}]`, message: 'a context phrase needs at least 2 characters' });
    });
  }
  if (!Number.isInteger(signature.window) || signature.window < 0 || signature.window > MAX_WINDOW) {
    problems.push({ field: 'window', message: `an integer from 0 to ${MAX_WINDOW}` });
  }
  if (!(signature.weight > 0 && signature.weight <= MAX_WEIGHT)) {
    problems.push({ field: 'weight', message: `a number above 0 and at most ${MAX_WEIGHT}` });
  }
  return problems;
}

/** Checks records before they are compiled: ids, slugs, signatures and duplicate ids. */
export function checkRecords(records: readonly ErrorRecord[]): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const seen = new Set<string>();
  records.forEach((record, position) => {
    const id = typeof record.id === 'string' && record.id !== '' ? record.id : `#${position}`;
    for (const key of ['id', 'guide', 'anchor'] as const) {
      if (!RECORD_ID_PATTERN.test(record[key])) {
        problems.push({ id, field: key, message: 'lower-case ASCII words joined by "-"' });
      }
    }
    if (seen.has(record.id)) problems.push({ id, field: 'id', message: `duplicate id "${record.id}"` });
    seen.add(record.id);
    if (record.signatures.length === 0) problems.push({ id, field: 'signatures', message: 'at least one signature' });
    record.signatures.forEach((signature, i) => {
      for (const problem of checkSignature(signature)) {
        problems.push({ id, field: `signatures[${i}].${problem.field}`, message: problem.message });
      }
    });
  });
  return problems;
}
