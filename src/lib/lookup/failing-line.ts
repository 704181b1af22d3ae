import { redactSecrets } from './redact-secrets.ts';
import { maskControlCharacters } from './strip-terminal-codes.ts';
import type { FailingLine, LineClasses, NormalizedLog } from './types.ts';

// A line needs some words to be worth searching for: `}` or `----` is not.
const HAS_WORDS = /\p{L}{3}/u;

/**
 * Picks the line that most likely says why the job failed: the heaviest error or plain line
 * (an error marker or error prefix wins a tie, then the later line). Exit-code lines only when
 * nothing else is there, since "exit code 1" says that a step failed, never why.
 */
export function failingLine(log: NormalizedLog, classes: LineClasses): FailingLine | undefined {
  let best = -1;
  let bestScore = -1;
  let exitLine = -1;
  for (let i = 0; i < log.lines.length; i++) {
    const role = classes.roles[i];
    const text = log.lines[i] ?? '';
    if (!HAS_WORDS.test(text)) continue;
    if (role === 'exit') {
      exitLine = i;
      continue;
    }
    if (role !== 'error' && role !== 'neutral') continue;
    // A tenth of a point for the error role: above rounding noise, below any real boost.
    const score = (classes.weights[i] ?? 0) + (role === 'error' ? 0.1 : 0);
    if (score >= bestScore) {
      best = i;
      bestScore = score;
    }
  }
  const index = best >= 0 ? best : exitLine;
  if (index < 0) return undefined;
  return { line: log.firstLine + index, text: redactSecrets(maskControlCharacters((log.lines[index] ?? '').trim())) };
}
