declare module 'virtual:sapjil/error-records' {
  import type { ErrorRecord } from './lib/lookup/types.ts';
  /** The validated error records of `content/errors/`, without examples. */
  const records: ErrorRecord[];
  export default records;
}
