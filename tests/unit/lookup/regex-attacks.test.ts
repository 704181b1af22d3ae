// Every signature regex, fed attack strings, finishes. The build proves each regex safe with
// recheck (src/node/check-regex-safety.ts), but recheck hands out attack strings only for a
// regex it finds vulnerable; so the attacks here are built as its are (prefix, pump × n, failing
// suffix; tests/support/regex-attacks.ts) from each record's own example lines, as long as the
// engine's line cap allows. A catastrophic regex on such input runs for years, a safe one for
// milliseconds: the deadline separates the two by orders of magnitude and times nothing finer.
// The harness is shown to catch one: a regex recheck calls vulnerable, fed recheck's own attack.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { check } from 'recheck';
import { DEFAULT_NORMALIZE_LIMITS } from '../../../src/lib/lookup/normalize-log.ts';
import { readErrorRecords } from '../../../src/node/read-error-records.ts';
import { SIGNATURE_REGEX_FLAGS } from '../../../src/node/check-regex-safety.ts';
import { pumpAttacks, runBeforeDeadline, type RegexCase } from '../../support/regex-attacks.ts';

const MAX_LINE = DEFAULT_NORMALIZE_LIMITS.maxLineLength;
const { records, problems } = readErrorRecords(fileURLToPath(new URL('../../../content/errors', import.meta.url)));

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Every line of the real logs kept as fixtures (the .log files below tests/fixtures). */
function fixtureLines(dir = FIXTURES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? fixtureLines(join(dir, entry.name)) : entry.name.endsWith('.log') ? readFileSync(join(dir, entry.name), 'utf8').split(/\r?\n/) : [],
  );
}

/** Each signature regex with attacks from the real lines it matches: record examples and fixture logs. */
function signatureCases(): RegexCase[] {
  const cases: RegexCase[] = [];
  const all = [...records.flatMap((r) => r.examples.flatMap((example) => example.split('\n'))), ...fixtureLines()];
  const lines = [...new Set(all)].filter((line) => line.length > 0 && line.length <= MAX_LINE);
  for (const record of records) {
    for (const signature of record.signatures) {
      if (signature.regex === undefined) continue;
      const regex = new RegExp(signature.regex, 'i');
      // A few lines per regex: their pumps already cover its every part.
      const matching = lines.filter((line) => regex.test(line)).slice(0, 3);
      assert.ok(matching.length > 0, `${record.id}: no example line matches /${signature.regex}/`);
      cases.push({ source: signature.regex, flags: SIGNATURE_REGEX_FLAGS, inputs: matching.flatMap((line) => pumpAttacks(line, MAX_LINE)) });
    }
  }
  return cases;
}

describe('signature regexes under attack', () => {
  test('every signature regex finishes on attack strings pumped from its examples', async () => {
    assert.deepEqual(problems, []);
    const cases = signatureCases();
    assert.ok(cases.length >= 20, `only ${cases.length} signature regexes found`);
    const inputs = cases.reduce((sum, c) => sum + c.inputs.length, 0);
    const outcome = await runBeforeDeadline(cases, 60_000);
    assert.equal(outcome, inputs, 'a regex was still backtracking at the deadline');
  });

  test('the harness catches a vulnerable regex with the attack string recheck gives for it', async () => {
    const source = String.raw`denied: (\w+\s?)+: write_package`;
    const verdict = await check(source, SIGNATURE_REGEX_FLAGS, { randomSeed: 0 });
    assert.equal(verdict.status, 'vulnerable');
    if (verdict.status !== 'vulnerable') return;
    const attack = verdict.attack.string;
    const outcome = await runBeforeDeadline([{ source, flags: SIGNATURE_REGEX_FLAGS, inputs: [attack.slice(0, MAX_LINE)] }], 2_000);
    assert.equal(outcome, 'deadline');
  });
});
