import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { readGuideFiles } from '../../../src/node/read-guide-files.ts';

const root = mkdtempSync(join(tmpdir(), 'sapjil-guides-'));
after(() => rmSync(root, { recursive: true, force: true }));

const guide = (title: string, draft = false) =>
  `---\ntitle: ${title}\ndescription: d\ndraft: ${draft}\n---\n\n## Fix it \\{#fix-it}\n\nText.\n`;

describe('readGuideFiles', () => {
  const dir = join(root, 'content');
  mkdirSync(join(dir, 'guides', 'en'), { recursive: true });
  mkdirSync(join(dir, 'guides', 'ko'), { recursive: true });
  mkdirSync(join(dir, 'guides', 'xx'), { recursive: true });
  writeFileSync(join(dir, 'guides', 'en', 'ghcr.mdx'), guide('Push denied'));
  writeFileSync(join(dir, 'guides', 'ko', 'ghcr.mdx'), guide('푸시 거부', true));
  writeFileSync(join(dir, 'guides', 'en', 'notes.md'), guide('not a guide'));
  writeFileSync(join(dir, 'guides', 'xx', 'other.mdx'), guide('no such language'));

  test('reads language, slug, title, draft flag and heading anchors of every guide', () => {
    const guides = readGuideFiles(dir).sort((a, b) => a.lang.localeCompare(b.lang));
    assert.deepEqual(
      guides.map(({ lang, slug, title, draft, anchors }) => ({ lang, slug, title, draft, anchors })),
      [
        { lang: 'en', slug: 'ghcr', title: 'Push denied', draft: false, anchors: ['fix-it'] },
        { lang: 'ko', slug: 'ghcr', title: '푸시 거부', draft: true, anchors: ['fix-it'] },
      ],
    );
  });

  test('parses a file again only when it changed', () => {
    const file = join(dir, 'guides', 'en', 'ghcr.mdx');
    const first = readGuideFiles(dir).find((g) => g.lang === 'en');
    assert.equal(readGuideFiles(dir).find((g) => g.lang === 'en'), first, 'an unchanged file is not parsed again');
    // Same size, new modification time: parsed again.
    writeFileSync(file, guide('Push DENIED'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.equal(readGuideFiles(dir).find((g) => g.lang === 'en')?.title, 'Push DENIED');
    // New size, whatever the time says.
    writeFileSync(file, guide('Push denied again'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.equal(readGuideFiles(dir).find((g) => g.lang === 'en')?.title, 'Push denied again');
  });

  test('gives nothing for a folder without guides', () => {
    assert.deepEqual(readGuideFiles(join(root, 'missing')), []);
  });
});
