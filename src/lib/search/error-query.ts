import { STOPWORDS } from './query-terms.ts';

// Readers paste error text into the search box as often as they type words. Pasted errors go
// to the lookup engine (known fixes) and, for full-text search, are cut down to the words
// worth searching for: a path, a hash or a line number is in no guide.

// Error markers as logs print them: `Error:`, `npm ERR!`, `fatal:`, `##[error]`, `E401`, `EACCES`…
const ERROR_MARKERS =
  /##\[error\]|::error|\b(?:error|fatal|panic|exception|traceback)\b\s*[:!\[]|\bnpm (?:err!|error)\b|exit (?:code|status) \d|\bdenied\b:|\bE(?:[A-Z]{3,}|\d{3})\b|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}\b|\bHTTP\/\d|\b[45]\d\d (?:Unauthorized|Forbidden|Not Found|Too Many)/i;
// A long line with a path, a URL, a dotted name or a numeric code is a log line, not a question.
const CODE_LIKE = /[/\\][\w.-]+|\w+:\/\/|\b\w+\.\w+\.\w+\b|\b\d{3,}\b|\w_\w/;
/** A single line this long with code-like bits counts as pasted log text. */
export const LONG_ERROR_LINE = 60;
/** The most words a search query made from an error line keeps. */
export const MAX_ERROR_QUERY_WORDS = 8;

/** Whether search input looks like pasted error text rather than words typed to search for. */
export function looksLikeErrorText(query: string): boolean {
  const lines = query.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  if (lines.length >= 2) return true;
  const line = lines[0]?.trim() ?? '';
  if (ERROR_MARKERS.test(line)) return true;
  return line.length >= LONG_ERROR_LINE && CODE_LIKE.test(line);
}

// Tokens no guide contains: URLs, paths, hashes, versions, times, numbers, placeholders.
const NOISE = [
  /^\w+:\/\//, // URLs
  /[/\\]/, // paths and image references
  /^[0-9a-f]{7,}$/i, // hashes and digests
  /^sha\d+$/i,
  /^v?\d+(?:[.:-]\d+)*[a-z]*$/i, // numbers, versions, times
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
