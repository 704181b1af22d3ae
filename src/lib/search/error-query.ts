import type { LookupResult } from '../lookup/types.ts';
import { STOPWORDS } from './query-terms.ts';

// Readers paste error text into the search box as often as they type words. Pasted errors go
// to the lookup engine (known fixes) and, for full-text search, are cut down to the words
// worth searching for: a path, a hash or a line number is in no guide.

// Error markers as logs print them: `Error:`, `npm ERR!`, `fatal:`, `##[error]`, `exit code 1`…
const ERROR_MARKERS =
  /##\[error\]|::error|\b(?:error|fatal|panic|exception|traceback)\b\s*[:!\[]|\bnpm (?:err!|error)\b|exit (?:code|status) \d|\bdenied\b:|\(publickey\)|#\[error\]|\bpermission denied\b|rate limit exceeded|no space left|\[errno \d+\]|exited with code \d|\bHTTP\/\d|\b[45]\d\d (?:Unauthorized|Forbidden|Not Found|Too Many)/i;
// Error codes are upper case (E401, EACCES, ERR_PNPM_OUTDATED_LOCKFILE); matched case-sensitively,
// or every typed word starting with "e" (environment, eslint) would look like one.
const ERROR_CODES = /\bE(?:[A-Z]{3,}|\d{3})\b|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}\b/;
// "unauthorized: authentication required", "toomanyrequests: You have reached…": a tool's
// `word: message` line. Typed queries rarely have a colon after their first word.
const TOOL_MESSAGE = /^[\w.@/-]+:\s+\S/;
// A long line with a path, a URL, a dotted name or a numeric code is a log line, not a question.
const CODE_LIKE = /[/\\][\w.-]+|\w+:\/\/|\b\w+\.\w+\.\w+\b|\b\d{3,}\b|\w_\w/;
/** A single line this long with code-like bits counts as pasted log text. */
export const LONG_ERROR_LINE = 60;
/** The most words a search query made from an error line keeps. */
export const MAX_ERROR_QUERY_WORDS = 8;

/** Input this long is worth a quiet lookup even when it does not look like an error. */
export const SPECULATIVE_LOOKUP_CHARS = 40;

/**
 * Whether search input is worth asking the lookup engine about: error-like text always, and
 * any longer input quietly (a pasted error line need not look like one, e.g. "This job is
 * stuck because…"); the search shows the answer only when it knows the error.
 */
export function worthLookingUp(query: string): boolean {
  return looksLikeErrorText(query) || query.trim().length >= SPECULATIVE_LOOKUP_CHARS;
}

/** Whether search input looks like pasted error text rather than words typed to search for. */
export function looksLikeErrorText(query: string): boolean {
  const lines = query.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  if (lines.length >= 2) return true;
  const line = lines[0]?.trim() ?? '';
  if (ERROR_MARKERS.test(line) || ERROR_CODES.test(line) || TOOL_MESSAGE.test(line)) return true;
  return line.length >= LONG_ERROR_LINE && CODE_LIKE.test(line);
}

// Tokens no guide contains: URLs, paths, hashes, versions, times, numbers, placeholders.
const NOISE = [
  /^\w+:\/\//, // URLs
  /[/\\]/, // paths and image references
  /^[0-9a-f]{7,}$/i, // hashes and digests
  /^sha\d+(?::[0-9a-f]*)?$/i, // digests (sha256:af8a…)
  /^0x[0-9a-f]+$/i,
  /^\d{4}-\d\d-\d\d(?:t[\d:.+-]*z?)?$/i, // dates and ISO date-times
  /^v?\d+(?:[.:-]\d+)*(?:[-+][\w.]+|[a-z]*)$/i, // numbers, versions (1.2.3-beta), times
  /^\[?redacted/i,
  /^#+\d*$/,
];

// Words every failure prints around the reason ("ERROR: failed to build: failed to solve:").
const LOG_FILLER = new Set(['failed', 'failure', 'fail', 'err', 'warning', 'fatal', 'exception', 'process', 'completed', 'exit', 'code', 'was', 'be', 'at', 'by', 'from']);

/**
 * The words of an error line worth a full-text search, in order: no URLs, paths, hashes,
 * versions, numbers or filler; error codes (E401, EACCES) kept. When more than
 * `MAX_ERROR_QUERY_WORDS` are left the last ones win, since a log line names the reason last
 * (`failed to push …: denied: permission_denied: write_package`).
 */
export function errorLineQuery(line: string): string {
  const words: string[] = [];
  for (const raw of line.split(/[\s[\](){}<>"'`,;|=]+/)) {
    const word = raw.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, '');
    if (word.length < 2 || NOISE.some((pattern) => pattern.test(raw) || pattern.test(word))) continue;
    const lower = word.toLowerCase();
    if (LOG_FILLER.has(lower) || STOPWORDS.has(lower)) continue;
    if (!words.some((seen) => seen.toLowerCase() === lower)) words.push(word);
  }
  return words.slice(-MAX_ERROR_QUERY_WORDS).join(' ');
}

/**
 * What full-text search looks for once the lookup has seen the input: the words of the line it
 * matched, else of the log's failing line; the input itself when the lookup was not asked.
 */
export function fullTextQuery(text: string, lookup: LookupResult | undefined): string {
  if (lookup === undefined) return text;
  return errorLineQuery(lookup.matches[0]?.hits[0]?.text ?? lookup.failingLine?.text ?? text);
}
