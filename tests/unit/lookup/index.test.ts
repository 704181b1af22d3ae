import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as lookup from '../../../src/lib/lookup/index.ts';

describe('src/lib/lookup public API', () => {
  test('exports exactly these names', () => {
    assert.deepEqual(Object.keys(lookup).sort(), [
      'DEFAULT_NORMALIZE_LIMITS',
      'DEFAULT_RESULT_LIMITS',
      'DEFAULT_WEIGHT',
      'DEFAULT_WINDOW',
      'HIGH_CONFIDENCE',
      'MAX_SHARED_CHARS',
      'MEDIUM_CONFIDENCE',
      'MIN_REQUIRED_LITERAL',
      'RECORD_ID_PATTERN',
      'ROLE_WEIGHTS',
      'RecordCompileError',
      'SHARE_FRAGMENT_KEY',
      'asciiLower',
      'buildAutomaton',
      'checkRecords',
      'checkSignature',
      'classifyLines',
      'compileRecords',
      'confidenceOf',
      'decodeSharedLog',
      'deriveRequiredLiterals',
      'encodeSharedLog',
      'failingLine',
      'fillFixLinks',
      'fillFixTemplate',
      'findSecrets',
      'lookupLog',
      'mapRangeThroughRedaction',
      'maskControlCharacters',
      'matchSignatures',
      'normalizeLog',
      'rankMatches',
      'redactSecrets',
      'redactWithOffsets',
      'scanText',
      'shareableText',
      'stripTerminalCodes',
    ]);
  });
});
