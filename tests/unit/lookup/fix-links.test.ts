import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fillFixLinks } from '../../../src/lib/lookup/fix-links.ts';

const links = [
  {
    url: 'https://github.com/users/{owner}/packages/container/{image}/settings',
    label: { en: 'Package settings of {owner}/{image}', ko: '{owner}/{image} 패키지 설정' },
  },
  { url: 'https://github.com/orgs/{org}/settings', label: { en: 'Org {org}', ko: '조직 {org}' } },
];

test('fills URL values encoded and label values as text, in the reader language', () => {
  assert.deepEqual(fillFixLinks(links, { owner: 'octo', image: 'team/app' }, 'ko'), [
    { url: 'https://github.com/users/octo/packages/container/team%2Fapp/settings', label: 'octo/team/app 패키지 설정' },
  ]);
});

test('leaves out links whose captures are missing, and survives junk', () => {
  assert.deepEqual(fillFixLinks(links, {}, 'en'), []);
  assert.deepEqual(fillFixLinks(undefined, { owner: 'x' }, 'en'), []);
});
