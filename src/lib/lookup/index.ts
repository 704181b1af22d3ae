export { buildAutomaton, scanText, type Automaton } from './aho-corasick.ts';
export { checkRecords, checkSignature, RECORD_ID_PATTERN, type RecordProblem } from './check-records.ts';
export { classifyLines, ROLE_WEIGHTS } from './classify-lines.ts';
export { compileRecords, RecordCompileError, type CompiledSignature, type LookupIndex } from './compile-records.ts';
export { fillFixTemplate } from './fill-fix-template.ts';
export { failingLine } from './failing-line.ts';
export { fillFixLinks, type FilledLink } from './fix-links.ts';
export { DEFAULT_RESULT_LIMITS, lookupLog } from './lookup.ts';
export { matchSignatures, type MatchOutcome, type SignatureHit } from './match-signatures.ts';
export { DEFAULT_NORMALIZE_LIMITS, normalizeLog, type NormalizeOptions } from './normalize-log.ts';
export { confidenceOf, HIGH_CONFIDENCE, MEDIUM_CONFIDENCE, rankMatches, type RankOptions } from './rank-matches.ts';
export {
  findSecrets,
  mapRangeThroughRedaction,
  redactSecrets,
  redactWithOffsets,
  type RedactedText,
  type SecretKind,
  type SecretSpan,
} from './redact-secrets.ts';
export { asciiLower, deriveRequiredLiterals, MIN_REQUIRED_LITERAL } from './required-literal.ts';
export { maskControlCharacters, stripTerminalCodes } from './strip-terminal-codes.ts';
export { DEFAULT_WEIGHT, DEFAULT_WINDOW } from './types.ts';
export type * from './types.ts';
export { decodeSharedLog, encodeSharedLog, SHARE_FRAGMENT_KEY } from './share-codec.ts';
export { MAX_SHARED_CHARS, shareableText } from './share-text.ts';
