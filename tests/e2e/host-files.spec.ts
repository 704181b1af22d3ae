import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ERROR_ANCHORS, ERROR_IDS } from './support/lookup.ts';
import { guidePath } from './support/site.ts';

// Read from the build output: hosts read these files, browsers never see them.
const hostFile = (dist: string, name: string) => readFileSync(new URL(`../../${dist}/${name}`, import.meta.url), 'utf8');

test('_redirects sends an error permalink to its guide section, in Korean for Korean readers and in English otherwise', () => {
  const id = ERROR_IDS.writePackage;
  const ko = `/errors/${id}/ ${guidePath('ko')}#${ERROR_ANCHORS[id]} 301 Language=ko`;
  const en = `/errors/${id}/ ${guidePath('en')}#${ERROR_ANCHORS[id]} 301`;
  expect(hostFile('dist', '_redirects')).toContain(`${ko}\n${en}\n`);
});

test('under a sub-path, _redirects and _headers carry the base', () => {
  const id = ERROR_IDS.writePackage;
  expect(hostFile('dist-subpath', '_redirects')).toContain(`/sapjil/errors/${id}/ /sapjil${guidePath('en')}#${ERROR_ANCHORS[id]} 301\n`);
  expect(hostFile('dist-subpath', '_headers')).toMatch(/^\/sapjil\/_astro\/\*$/m);
});

test('_headers gives hosts the same Content-Security-Policy as the pages, plus frame-ancestors', () => {
  const text = hostFile('dist', '_headers');
  const policy = /^ {2}Content-Security-Policy: (.*)$/m.exec(text)?.[1] ?? '';
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain('unsafe-inline');
});
