import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReportedMatch } from '../../../src/lib/report/describe-matches.ts';
import { formatJson, formatMarkdown, formatText, type ReportLabels } from '../../../src/lib/report/format-report.ts';

const labels: ReportLabels = {
  noMatch: 'no known error found',
  line: 'Line {line}',
  lineHeader: 'Line',
  errorHeader: 'Error',
  fix: 'Fix',
  confidence: { high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence' },
};

const match: ReportedMatch = {
  id: 'ghcr-permission-denied-write-package',
  guide: 'Fixing [ghcr] | write_package',
  url: 'https://sapjil.dev/en/guides/ghcr-write-package-permission/#causes',
  confidence: 'high',
  score: 0.873,
  line: 42,
  excerpt: 'failed to push ghcr.io/octo/app:main: denied: permission_denied: write_package | `tee`',
  captures: { owner: 'octo', image: 'app' },
  message: 'denied: permission_denied: write_package',
  links: [{ url: 'https://github.com/users/octo/packages/container/app/settings', label: 'Package settings of octo/app' }],
};

test('text output names confidence, line, excerpt, guide and URL', () => {
  const text = formatText({ file: 'build.log', matches: [match] }, labels);
  assert.match(text, /^build\.log:\n {2}High confidence · Line 42 · ghcr-permission-denied-write-package\n/);
  assert.match(text, /> failed to push ghcr\.io\/octo\/app:main/);
  assert.match(text, /Fix: Fixing \[ghcr\]/);
  assert.match(text, /https:\/\/sapjil\.dev\/en\/guides\/ghcr-write-package-permission\/#causes/);
  assert.match(text, /Package settings of octo\/app: https:\/\/github\.com\/users\/octo/);
});

test('text output says plainly when nothing matched', () => {
  assert.equal(formatText({ file: '-', matches: [] }, labels), '-: no known error found');
});

test('markdown output is one table whose cells cannot break out', () => {
  const md = formatMarkdown({ file: 'build.log', matches: [match] }, labels);
  const row = md.split('\n').find((l) => l.startsWith('| High'));
  assert.ok(row);
  // Escaped pipes in the excerpt, none left in link text: the row still has five cell borders.
  assert.equal(row.replace(/\\\|/g, '').split('|').length - 1, 5);
  assert.match(row, /`` .* ``/);
});

test('JSON output has exactly the documented fields', () => {
  const parsed = JSON.parse(formatJson({ file: 'a.log', matches: [match] }));
  assert.deepEqual(Object.keys(parsed), ['file', 'matches']);
  assert.deepEqual(Object.keys(parsed.matches[0]), ['id', 'guide', 'url', 'confidence', 'score', 'line', 'excerpt', 'captures']);
  assert.deepEqual(JSON.parse(formatJson({ file: 'b.log', matches: [] })), { file: 'b.log', matches: [] });
});
