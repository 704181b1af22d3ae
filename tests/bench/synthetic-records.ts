// Plausible made-up error records for the lookup benchmark: the same mix of literal and
// capturing-regex signatures, context phrases and wording as real ones, each made unique by
// an error code so they never match each other's text.
import type { ErrorRecord, Signature } from '../../src/lib/lookup/types.ts';

const TOOLS = ['terraform', 'helm', 'kubectl', 'gradle', 'maven', 'cargo', 'pip', 'poetry', 'go', 'dotnet', 'bundler', 'composer', 'yarn', 'pnpm', 'bazel', 'ansible'];
const PROBLEMS = [
  'could not resolve dependency',
  'failed to fetch artifact',
  'checksum mismatch for',
  'permission denied while writing',
  'unexpected status 403 from registry for',
  'lock file is out of date for',
  'authentication required to download',
  'timed out waiting for lock on',
  'manifest unknown for',
  'invalid reference format in',
];
const CONTEXTS = ['registry', 'lockfile', 'credentials', 'cache', 'artifact'];

/** Builds `count` synthetic records (ids `synthetic-0` …), deterministic for a given count. */
export function syntheticRecords(count: number): ErrorRecord[] {
  const out: ErrorRecord[] = [];
  for (let i = 0; i < count; i++) {
    const tool = TOOLS[i % TOOLS.length] ?? 'tool';
    const problem = PROBLEMS[(i * 7) % PROBLEMS.length] ?? 'failed';
    const code = `E${String(1000 + i)}`;
    const signatures: Signature[] = [
      { literal: `${tool}: ${problem} module (${code})`, requires: [], excludes: [], window: 3, weight: 1 },
      {
        regex: String.raw`${tool} error ${code}: ${problem} (?<name>[\w./@-]+)(?: at (?<version>\d+\.\d+\.\d+))?`,
        requires: [],
        excludes: [],
        window: 3,
        weight: 1,
      },
    ];
    if (i % 3 === 0) {
      signatures.push({
        literal: `${problem} (${code.toLowerCase()})`,
        requires: [CONTEXTS[i % CONTEXTS.length] ?? 'registry'],
        excludes: ['dry run'],
        window: 5,
        weight: 0.8,
      });
    }
    out.push({
      id: `synthetic-${i}`,
      guide: `synthetic-guide-${i % 40}`,
      anchor: 'causes',
      message: `${tool} error ${code}: ${problem}`,
      links: [],
      fallback: false,
      signatures,
      examples: [`${tool} error ${code}: ${problem} left-pad at 1.3.0`, `${tool}: ${problem} module (${code})`],
      counterExamples: [],
    });
  }
  return out;
}
