import type { FilledLink } from '../lib/lookup/fix-links.ts';
import type { LookupResult } from '../lib/lookup/types.ts';
import type { Locale } from '../lib/i18n/locales.ts';

/** What the page asks the lookup worker. */
export type LookupRequest =
  | { kind: 'lookup'; seq: number; text: string; lang: Locale }
  | { kind: 'share'; seq: number; text: string }
  | { kind: 'open'; seq: number; encoded: string };

/** What a record adds to a match for display: its wording and its filled-in fix links. */
export interface MatchExtras {
  message: string;
  links: FilledLink[];
}

/** The worker's answers, tagged with the request's `seq` so stale answers can be dropped. */
export type LookupResponse =
  | { kind: 'lookup'; seq: number; result: LookupResult; extras: Record<string, MatchExtras>; ms: number }
  | { kind: 'share'; seq: number; encoded: string }
  | { kind: 'open'; seq: number; text: string };

/** A request before the element numbers it (`Omit` applied to each member of the union). */
export type UnnumberedRequest = LookupRequest extends infer R ? (R extends unknown ? Omit<R, 'seq'> : never) : never;
