// Attack strings for a regex, built the way ReDoS checkers (recheck among them) build theirs:
// a prefix, a pump repeated, and a suffix that makes the match fail, so a backtracking engine
// retries every way of splitting the pumped run. Prefixes and pumps come from lines the regex
// really matches, cut at many places, so every quantified part of it gets pumped with
// characters it accepts. Runs them in a worker that can be stopped at a deadline.
import { Worker } from 'node:worker_threads';

/** Suffixes that end a pumped run: a byte no pattern accepts, a space, and the end of the line. */
const SUFFIXES = ['\u0000', ' !', ''];

/**
 * Attack strings from one matching line: for up to `positions` cut points and pumps of 1 to 3
 * characters, `line[0, i) + line[i, i + k) × n + suffix`, each at most `maxLength` characters
 * (the engine's line length cap, the longest input a regex ever sees).
 */
export function pumpAttacks(line: string, maxLength: number, positions = 24): string[] {
  const out: string[] = [];
  const step = Math.max(1, Math.floor(line.length / positions));
  for (let i = 0; i < line.length; i += step) {
    for (let k = 1; k <= 3 && i + k <= line.length; k++) {
      const pump = line.slice(i, i + k);
      for (const suffix of SUFFIXES) {
        const repeats = Math.floor((maxLength - i - suffix.length) / k);
        if (repeats > 1) out.push(line.slice(0, i) + pump.repeat(repeats) + suffix);
      }
    }
  }
  return out;
}

/** One regex and the inputs to feed it. */
export interface RegexCase {
  source: string;
  flags: string;
  inputs: string[];
}

// Runs each regex over each input the way the engine does (global exec, up to 8 matches, empty
// matches stepped over). Plain JavaScript: a worker evaluates it as a script.
const RUNNER = `
const { parentPort, workerData } = require('node:worker_threads');
let runs = 0;
for (const { source, flags, inputs } of workerData) {
  const regex = new RegExp(source, flags);
  for (const input of inputs) {
    regex.lastIndex = 0;
    let found = 0;
    for (let match = regex.exec(input); match !== null && found < 8; match = regex.exec(input)) {
      if (match[0].length === 0) regex.lastIndex++;
      else found++;
    }
    runs++;
  }
}
parentPort.postMessage(runs);
`;

/**
 * Runs every case in a worker; resolves with the number of regex runs, or `'deadline'` when
 * they had not all finished after `deadlineMs` (the worker is then stopped, mid-match if need be).
 */
export function runBeforeDeadline(cases: readonly RegexCase[], deadlineMs: number): Promise<number | 'deadline'> {
  const worker = new Worker(RUNNER, { eval: true, workerData: cases });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve('deadline');
    }, deadlineMs);
    worker.once('message', (runs: number) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(runs);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
