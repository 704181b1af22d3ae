import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';

interface Job {
  permissions?: Record<string, string>;
  needs?: string | string[];
  if?: string;
  steps: { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[];
}
const workflow = parse(readFileSync(new URL('../../../.github/workflows/deploy.yml', import.meta.url), 'utf8')) as {
  permissions: unknown;
  jobs: Record<string, Job>;
};

describe('.github/workflows/deploy.yml', () => {
  test('grants nothing workflow-wide and each job only what it needs', () => {
    assert.deepEqual(workflow.permissions, {});
    assert.deepEqual(workflow.jobs['test']?.permissions, { contents: 'read' });
    assert.deepEqual(workflow.jobs['build']?.permissions, { contents: 'read' });
    assert.deepEqual(workflow.jobs['deploy']?.permissions, { pages: 'write', 'id-token': 'write' });
  });

  test('deploys only what passed the tests, and never from a pull request', () => {
    assert.equal(workflow.jobs['build']?.needs, 'test');
    assert.equal(workflow.jobs['deploy']?.needs, 'build');
    assert.equal(workflow.jobs['build']?.if, "github.event_name != 'pull_request'");
  });

  test('checkouts keep no token on disk, and tests run the README command', () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      for (const step of job.steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) {
        assert.equal(step.with?.['persist-credentials'], false, name);
      }
    }
    assert.ok(workflow.jobs['test']?.steps.some((step) => step.run === 'npm test'));
  });

  test('builds with the Pages site and base path', () => {
    const build = workflow.jobs['build']?.steps.find((step) => step.run === 'npm run build');
    assert.equal(build?.env?.['SAPJIL_BASE'], '${{ steps.pages.outputs.base_path }}/');
    assert.equal(build?.env?.['SAPJIL_SITE'], '${{ steps.pages.outputs.origin }}');
  });
});
