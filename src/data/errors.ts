import records from 'virtual:sapjil/error-records';
import type { ErrorRecord } from '../lib/lookup/types.ts';

/** Every known error record, sorted by id (the order of `/<lang>/errors/`). */
export function knownErrors(): ErrorRecord[] {
  return [...records].sort((a, b) => a.id.localeCompare(b.id));
}
