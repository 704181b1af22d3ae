import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fillFixTemplate } from '../../../src/lib/lookup/fill-fix-template.ts';

describe('fillFixTemplate', () => {
  test('fills placeholders from captures, URL-encoding each value', () => {
    assert.equal(
      fillFixTemplate('https://github.com/orgs/{owner}/packages/container/{image}/settings', { owner: 'eth-act', image: 'ere/ere-base' }),
      'https://github.com/orgs/eth-act/packages/container/ere%2Fere-base/settings',
    );
    assert.equal(fillFixTemplate('https://github.com/{package}', { package: '@doist/todoist-api' }), 'https://github.com/%40doist%2Ftodoist-api');
  });

  test('gives undefined when a placeholder has no capture, rather than a broken link', () => {
    assert.equal(fillFixTemplate('https://github.com/orgs/{owner}/packages', { image: 'app' }), undefined);
    assert.equal(fillFixTemplate('https://github.com/orgs/{owner}/packages', { owner: '' }), undefined);
  });

  test('does not read inherited properties as captures', () => {
    assert.equal(fillFixTemplate('{constructor}', {}), undefined);
  });

  test('leaves a template without placeholders as it is', () => {
    assert.equal(fillFixTemplate('https://docs.github.com/packages', {}), 'https://docs.github.com/packages');
  });

  test('gives undefined for junk instead of throwing', () => {
    assert.equal(fillFixTemplate(undefined, {}), undefined);
    assert.equal(fillFixTemplate('{owner}', null), undefined);
    assert.equal(fillFixTemplate(42, 'x'), undefined);
  });
});
