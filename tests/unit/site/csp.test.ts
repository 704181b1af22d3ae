import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mergePolicies, pagePolicy } from '../../../src/lib/site/csp.ts';

describe('mergePolicies', () => {
  test('unions the sources of each directive across pages and adds frame-ancestors', () => {
    assert.equal(
      mergePolicies(["default-src 'self'; script-src 'self' 'sha256-A'", "default-src 'self';script-src 'self' 'sha256-B'; style-src 'self'"]),
      "default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self'; frame-ancestors 'none'",
    );
  });
});

describe('pagePolicy', () => {
  test('reads the meta policy of a built page, entities decoded', () => {
    assert.equal(pagePolicy('<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"></head>'), "script-src 'self'");
    assert.equal(pagePolicy('<head></head>'), undefined);
  });
});
