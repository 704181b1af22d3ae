import { redactSecrets } from './redact-secrets.ts';
import type { LookupResult } from './types.ts';

/** Longest redacted text a shared link carries whole; longer logs share only their matched lines. */
export const MAX_SHARED_CHARS = 12_000;

/**
 * What a shared lookup link carries: the pasted text with secrets redacted, or, for a long
 * log, just the lines that matched (already redacted by the engine), so a link stays short
 * and never holds more of someone's log than the answer needs.
 */
export function shareableText(text: unknown, result: LookupResult | undefined, maxChars = MAX_SHARED_CHARS): string {
  if (typeof text !== 'string') return '';
  const redacted = redactSecrets(text);
  if (redacted.length <= maxChars) return redacted;
  const lines = (result?.matches ?? []).flatMap((m) => m.hits.map((h) => h.text));
  return [...new Set(lines)].join('\n').slice(0, maxChars);
}
