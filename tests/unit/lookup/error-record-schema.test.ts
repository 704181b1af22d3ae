import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { errorRecordSchema } from '../../../src/schemas/error-record.ts';

const minimal = {
  id: 'docker-push-access-denied',
  guide: 'docker-push-access-denied',
  anchor: 'causes',
  message: 'denied: requested access to the resource is denied',
  signatures: [{ literal: 'denied: requested access to the resource is denied' }],
  examples: ['denied: requested access to the resource is denied', 'Error: buildx call failed with: error: denied: requested access to the resource is denied'],
};

function issues(input: unknown): string[] {
  const result = errorRecordSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('errorRecordSchema', () => {
  test('fills every default explicitly', () => {
    assert.deepEqual(errorRecordSchema.parse(minimal), {
      ...minimal,
      fallback: false,
      links: [],
      counterExamples: [],
      signatures: [{ literal: 'denied: requested access to the resource is denied', requires: [], excludes: [], window: 3, weight: 1 }],
    });
  });

  test('refuses unknown fields, in the record and in a signature', () => {
    assert.equal(issues({ ...minimal, title: 'x' }).length, 1);
    assert.equal(issues({ ...minimal, signatures: [{ literal: 'abc def', weigth: 2 }] }).length, 1);
  });

  test('names the field of a regex that does not compile', () => {
    assert.deepEqual(
      issues({ ...minimal, signatures: [{ regex: 'denied: (?<owner>[a-z' }] }).map((issue) => issue.split(':')[0]),
      ['signatures.0.regex'],
    );
  });

  test('asks for a requiredLiteral when the regex has no literal to prefilter on', () => {
    assert.match(issues({ ...minimal, signatures: [{ regex: String.raw`(?<n>\d+) \w+` }] })[0] ?? '', /requiredLiteral/);
  });

  test('wants at least two examples and kebab-case ids', () => {
    assert.equal(issues({ ...minimal, examples: ['only one'] }).length, 1);
    assert.match(issues({ ...minimal, id: 'Docker_Push' })[0] ?? '', /^id: /);
  });

  test('wants exactly one of literal or regex', () => {
    assert.equal(issues({ ...minimal, signatures: [{ literal: 'abc def', regex: 'abc' }] }).length, 1);
    assert.equal(issues({ ...minimal, signatures: [{ window: 2 }] }).length, 1);
  });
});
