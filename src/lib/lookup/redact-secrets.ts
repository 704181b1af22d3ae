import type { Range } from './types.ts';

/** The kinds of secret we recognize, named in the placeholder that replaces them. */
export type SecretKind =
  | 'github-token'
  | 'npm-token'
  | 'aws-access-key-id'
  | 'aws-secret-access-key'
  | 'jwt'
  | 'authorization'
  | 'url-password'
  | 'docker-password'
  | 'secret-variable';

/** Where a secret sits in a text. */
export interface SecretSpan {
  /** First UTF-16 offset of the secret. */
  start: number;
  /** Offset just past the secret. */
  end: number;
  /** What it looks like. */
  kind: SecretKind;
}

/** A text with its secrets replaced, and how offsets in the original map into it. */
export interface RedactedText {
  /** The text with each secret replaced by `[redacted:<kind>]`. */
  text: string;
  /** The replaced spans in the original text, in order, with their placeholder's span in `text`. */
  spans: { start: number; end: number; newStart: number; newEnd: number }[];
}

// Every pattern starts at a literal or behind a one-character boundary and has bounded
// repetitions, so a line costs at most a constant times its length (no backtracking blow-up).
// When a pattern has a `secret` group only that part is replaced (the key stays readable).
// `***` (GitHub's own mask) and `${VAR}` references are not secrets and are left alone.
const NOT_MASKED = String.raw`(?!\*\*\*)(?!\$\{)(?!\$[A-Z_])`;
const DETECTORS: { kind: SecretKind; pattern: RegExp }[] = [
  { kind: 'github-token', pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,251}|github_pat_[A-Za-z0-9_]{20,251})/dg },
  { kind: 'npm-token', pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/dg },
  {
    kind: 'npm-token',
    pattern: new RegExp(String.raw`_authToken\s{0,8}=\s{0,8}${NOT_MASKED}(?<secret>["']?[^\s"']{1,4096}["']?)`, 'dgi'),
  },
  { kind: 'aws-access-key-id', pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/dg },
  {
    kind: 'aws-secret-access-key',
    pattern: /aws_secret_access_key["']?\s{0,8}[=:]\s{0,8}["']?(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/dgi,
  },
  {
    kind: 'jwt',
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,4096}\.eyJ[A-Za-z0-9_-]{5,8192}\.[A-Za-z0-9_-]{5,4096}/dg,
  },
  {
    kind: 'authorization',
    pattern: new RegExp(
      String.raw`\bauthorization["']?\s{0,8}[:=]\s{0,8}(?:(?:bearer|basic|token|digest|bot)\s{1,8})?(?!(?:bearer|basic|token|digest|bot)\s)${NOT_MASKED}(?<secret>[^\s"',;]{4,4096})`,
      'dgi',
    ),
  },
  { kind: 'authorization', pattern: /\bbearer\s{1,8}(?<secret>[A-Za-z0-9._~+/=-]{16,4096})/dgi },
  {
    kind: 'url-password',
    pattern: /\b[a-z][a-z0-9+.-]{0,20}:\/\/[^\s/:@]{1,256}:(?!\*\*\*@)(?<secret>[^\s/@]{1,256})@/dgi,
  },
  {
    kind: 'docker-password',
    pattern: new RegExp(
      String.raw`\bdocker\s{1,8}login\b[^\n]{0,512}?\s(?:-p|--password)(?:\s{1,8}|=)${NOT_MASKED}(?<secret>"[^"\n]{0,512}"|'[^'\n]{0,512}'|[^\s"']{1,512})`,
      'dgi',
    ),
  },
  {
    kind: 'secret-variable',
    pattern: new RegExp(
      String.raw`\b[A-Z0-9_]{0,64}(?:TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY)[A-Z0-9_]{0,64}\s{0,4}[=:]\s{0,4}${NOT_MASKED}(?<secret>["']?[^\s"']{4,4096}["']?)`,
      'dg',
    ),
  },
];

/** Finds secrets (tokens, keys, passwords, auth headers) in a text; spans are sorted and never overlap. */
export function findSecrets(text: unknown): SecretSpan[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const found: SecretSpan[] = [];
  for (const { kind, pattern } of DETECTORS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const span = match.indices?.groups?.['secret'] ?? match.indices?.[0];
      if (span && span[1] > span[0]) found.push({ start: span[0], end: span[1], kind });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: SecretSpan[] = [];
  for (const span of found) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Replaces every secret in a text with a visible `[redacted:<kind>]` placeholder; junk gives `''`. */
export function redactSecrets(text: unknown): string {
  return redactWithOffsets(text).text;
}

/** Like `redactSecrets`, but also says where each replacement went, so highlights can follow. */
export function redactWithOffsets(text: unknown): RedactedText {
  if (typeof text !== 'string') return { text: '', spans: [] };
  const secrets = findSecrets(text);
  if (secrets.length === 0) return { text, spans: [] };
  let out = '';
  let from = 0;
  const spans: RedactedText['spans'] = [];
  for (const secret of secrets) {
    out += text.slice(from, secret.start);
    const placeholder = `[redacted:${secret.kind}]`;
    spans.push({ start: secret.start, end: secret.end, newStart: out.length, newEnd: out.length + placeholder.length });
    out += placeholder;
    from = secret.end;
  }
  return { text: out + text.slice(from), spans };
}

/** Moves a highlight from the original text onto the redacted one; one touching a secret grows to cover its placeholder. */
export function mapRangeThroughRedaction(range: Range, spans: RedactedText['spans']): Range {
  return [mapOffset(range[0], spans, 'start'), mapOffset(range[1], spans, 'end')];
}

function mapOffset(offset: number, spans: RedactedText['spans'], side: 'start' | 'end'): number {
  let shift = 0;
  for (const span of spans) {
    if (offset <= span.start) break;
    if (offset < span.end) return side === 'start' ? span.newStart : span.newEnd;
    shift = span.newEnd - span.end;
  }
  return offset + shift;
}
