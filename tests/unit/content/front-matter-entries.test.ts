import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { frontMatterEntries } from '../../../src/lib/content/front-matter-entries.ts';

const KEYS = ['title', 'draft'];
/** What the full parse says of the keys, and what parsing their entries alone says. */
function both(yaml: string): [unknown, unknown] {
  const full = parse(yaml) as Record<string, unknown>;
  const alone = (parse(frontMatterEntries(yaml, KEYS)) ?? {}) as Record<string, unknown>;
  return [Object.fromEntries(KEYS.filter((k) => k in full).map((k) => [k, full[k]])), alone];
}

test('the entries alone parse to what the whole front matter says of them', () => {
  const cases = [
    'title: Plain title\ndescription: x\ndraft: true',
    'description: >-\n  folded\n  text\ntitle: "Quoted: with # and \\"escapes\\""\ntags: [a, b]\ndraft: false',
    "title: 'single ''quoted'''\n# a comment at column 0\ndraft: false\n",
    'title: >-\n  A folded title\n\n  over lines\nweight: 1\ndraft: true',
    'title: |\n  literal\n  block\ndraft:   false   # trailing comment',
    'titles: not the title\ntitle: the title\ndrafty: true',
    'title : spaced colon\r\ndraft: true\r\n',
    'date: 2024-01-01\ntitle: 2024-01-01',
  ];
  for (const yaml of cases) {
    const [full, alone] = both(yaml);
    assert.deepEqual(alone, full, yaml);
  }
});

test('every guide of the site and the fixture site reads the same either way', () => {
  for (const root of ['content/guides', 'tests/fixtures/site/guides']) {
    for (const lang of readdirSync(root)) {
      for (const name of readdirSync(join(root, lang)).filter((n) => n.endsWith('.mdx'))) {
        const yaml = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(readFileSync(join(root, lang, name), 'utf8'))?.[1];
        if (yaml === undefined) continue;
        const [full, alone] = both(yaml);
        assert.deepEqual(alone, full, `${root}/${lang}/${name}`);
      }
    }
  }
});

test('keeps the key lines and their continuations only', () => {
  assert.equal(frontMatterEntries('a: 1\ntitle: >-\n  x\n\n  y\nb: 2\ndraft: true\n  # c', KEYS), 'title: >-\n  x\n\n  y\ndraft: true\n  # c');
  assert.equal(frontMatterEntries('description: x', KEYS), '');
});
