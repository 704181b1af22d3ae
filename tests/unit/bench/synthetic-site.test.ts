// The benchmark's synthetic content folder passes the same checks as real content, in both
// languages, and is the same bytes for the same seed.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'yaml';
import { writeSyntheticSite } from '../../bench/support/synthetic-site.ts';
import { checkErrorTargets } from '../../../src/lib/content/check-error-targets.ts';
import { checkFrontMatterDates } from '../../../src/lib/content/front-matter-dates.ts';
import { checkGuidePaths } from '../../../src/lib/content/guide-path.ts';
import { headingAnchors } from '../../../src/lib/content/heading-anchors.ts';
import { readErrorRecords } from '../../../src/node/read-error-records.ts';
import { readGuideFiles } from '../../../src/node/read-guide-files.ts';
import { guideSchema } from '../../../src/schemas/guide.ts';

const root = mkdtempSync(join(tmpdir(), 'sapjil-synthetic-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Every file below `dir` (relative path → text), sorted by path. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return new Map(files.flatMap((f) => (statSync(join(dir, f)).isFile() ? [[f, readFileSync(join(dir, f), 'utf8')] as const] : [])));
}

const frontMatter = (text: string): unknown => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '');

test('five guides in both languages pass the schema and the build checks', async () => {
  const dir = join(root, 'five');
  assert.deepEqual(await writeSyntheticSite(dir, { guides: 5, seed: 7 }), { guides: 5, files: 10 + readdirSync(join(dir, 'errors')).length });
  const en = readdirSync(join(dir, 'guides', 'en')).sort();
  assert.equal(en.length, 5);
  assert.deepEqual(readdirSync(join(dir, 'guides', 'ko')).sort(), en);
  assert.deepEqual(checkGuidePaths(['en', 'ko'].flatMap((l) => en.map((n) => `${l}/${n}`))), []);
  assert.ok(en.every((n) => /^synthetic-\d{4}-[a-z0-9-]+\.mdx$/.test(n)), en.join(', '));

  const titles = new Set<string>();
  for (const name of en) {
    const [enText, koText] = ['en', 'ko'].map((l) => readFileSync(join(dir, 'guides', l, name), 'utf8')) as [string, string];
    for (const [lang, text] of [['en', enText], ['ko', koText]] as const) {
      const parsed = guideSchema.safeParse(frontMatter(text));
      assert.ok(parsed.success, `${lang}/${name}: ${parsed.error?.message}`);
      assert.deepEqual(checkFrontMatterDates(text), [], `${lang}/${name}`);
      assert.ok(parsed.data.lastVerified >= parsed.data.date, `${lang}/${name}: verified before it was written`);
      titles.add(parsed.data.title);
    }
    // Same sections in both languages, every heading with an explicit id, none twice.
    const anchors = headingAnchors(enText);
    assert.deepEqual(headingAnchors(koText), anchors, name);
    assert.equal(new Set(anchors).size, anchors.length, name);
    for (const id of ['error', 'meaning', 'causes', 'verify', 'references']) assert.ok(anchors.includes(id), `${name} has #${id}`);
    assert.equal(koText.match(/^#{2,3} .*\\\{#[a-z0-9-]+\}$/gm)?.length, anchors.length, `${name}: every ko heading has an explicit id`);
    // Real Korean prose on the Korean side, English on the English side, real code blocks in both.
    const hangul = (t: string) => (t.match(/[\uac00-\ud7a3]/g) ?? []).length;
    assert.ok(hangul(koText) > 1500, `${name}: ko has ${hangul(koText)} Hangul syllables`);
    assert.equal(hangul(enText), 0, `${name}: no Korean in the English text`);
    assert.match(enText, /```text/);
    assert.match(koText, /```yaml/);
    assert.ok(enText.length > 6000 && enText.length < 60000, `${name}: ${enText.length} characters`);
  }
  assert.equal(titles.size, 10, 'every title is unique');

  // Records point at guides and anchors that exist in both languages.
  const { records, problems } = readErrorRecords(join(dir, 'errors'));
  assert.deepEqual(problems, []);
  assert.ok(records.length > 0);
  const guides = readGuideFiles(dir);
  assert.deepEqual(checkErrorTargets(records, guides), []);
  for (const r of records) {
    const text = readFileSync(join(dir, 'guides', 'en', `${r.guide}.mdx`), 'utf8');
    assert.ok(guideSchema.parse(frontMatter(text)).errors.includes(r.id), `${r.guide} lists ${r.id}`);
  }
});

test('the same seed writes the same bytes; another seed writes other guides', async () => {
  await writeSyntheticSite(join(root, 'a'), { guides: 5, seed: 3 });
  await writeSyntheticSite(join(root, 'b'), { guides: 5, seed: 3 });
  await writeSyntheticSite(join(root, 'c'), { guides: 5, seed: 4 });
  const a = snapshot(join(root, 'a'));
  assert.deepEqual(snapshot(join(root, 'b')), a);
  assert.notDeepEqual(snapshot(join(root, 'c')), a);
});

test('rewrites its own earlier output, but refuses a folder it did not write', async () => {
  const dir = join(root, 'again');
  await writeSyntheticSite(dir, { guides: 8, seed: 1 });
  await writeSyntheticSite(dir, { guides: 3, seed: 1 });
  assert.equal(readdirSync(join(dir, 'guides', 'en')).length, 3, 'the older guides are gone');

  const real = join(root, 'real');
  mkdirSync(join(real, 'guides', 'en'), { recursive: true });
  writeFileSync(join(real, 'guides', 'en', 'mine.mdx'), 'keep me');
  await assert.rejects(writeSyntheticSite(real, { guides: 2 }), /Refusing to write into/);
  assert.equal(readFileSync(join(real, 'guides', 'en', 'mine.mdx'), 'utf8'), 'keep me');

  // Even with the marker, a hand-written guide among the synthetic ones stops the rewrite.
  writeFileSync(join(dir, 'guides', 'en', 'hand-written.mdx'), 'keep me');
  await assert.rejects(writeSyntheticSite(dir, { guides: 2 }), /guides\/en\/hand-written\.mdx/);
  assert.equal(readFileSync(join(dir, 'guides', 'en', 'hand-written.mdx'), 'utf8'), 'keep me');
});

test('refuses a guide count that is not a positive integer', async () => {
  await assert.rejects(writeSyntheticSite(join(root, 'zero'), { guides: 0 }), /positive integer/);
});
