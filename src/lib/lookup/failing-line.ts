import { redactSecrets } from './redact-secrets.ts';
import { maskControlCharacters } from './strip-terminal-codes.ts';
import type { FailingLine, LineClasses, NormalizedLog } from './types.ts';

// A line needs some words to be worth searching for: `}` or `----` is not.
const HAS_WORDS = /\p{L}{3}/u;

// Lines tools print after every failure, pointing elsewhere rather than saying why.
const BOILERPLATE =
  /A complete log of this run can be found|-> \[Help 1\]|Re-run Maven using|To see the full stack trace|For more information about the errors|Run with --(?:stacktrace|info|debug|scan)|Get more help at|See the logs? (?:above|for details)|^npm (?:ERR!|error)\s*$/i;

/**
 * Picks the line that most likely says why the job failed: the heaviest error or plain line
 * (an error marker or error prefix wins a tie, then the line with most words), skipping
 * boilerplate such as npm's "A complete log of this run…". Exit-code lines only when nothing else is there, since
 * "exit code 1" says that a step failed, never why.
 */
export function failingLine(log: NormalizedLog, classes: LineClasses): FailingLine | undefined {
  let best = -1;
  let bestScore = -1;
  let bestWords = -1;
  let exitLine = -1;
  for (let i = 0; i < log.lines.length; i++) {
    const role = classes.roles[i];
    const text = log.lines[i] ?? '';
    if (!HAS_WORDS.test(text) || BOILERPLATE.test(text)) continue;
    if (role === 'exit') {
      exitLine = i;
      continue;
    }
    if (role !== 'error' && role !== 'neutral') continue;
    // A tenth of a point for the error role: above rounding noise, below any real boost.
    const score = (classes.weights[i] ?? 0) + (role === 'error' ? 0.1 : 0);
    // Among equally weighted lines (a run of `npm ERR!` lines) the one with most words says why.
    const words = wordCount(text);
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && words > bestWords)) {
      best = i;
      bestScore = score;
      bestWords = words;
    }
  }
  const index = best >= 0 ? best : exitLine;
  if (index < 0) return undefined;
  return { line: log.firstLine + index, text: redactSecrets(maskControlCharacters((log.lines[index] ?? '').trim())) };
}

// Words a reader would search for: paths and URLs count for nothing, however many parts they have.
function wordCount(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (!/[/\\]/.test(token) && /\p{L}{3}/u.test(token)) count++;
  return count;
}
