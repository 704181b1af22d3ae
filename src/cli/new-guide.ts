#!/usr/bin/env node
// `npm run new-guide -- <slug> [--error <id> ...]`: creates a draft guide in both languages and
// one error record per id, all of which pass the build's checks as they are, so an author starts
// from something that builds and replaces the REPLACE markers.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GUIDE_SLUG_PATTERN } from '../lib/content/guide-path.ts';

const USAGE = `Usage: npm run new-guide -- <slug> [--error <id> ...]

Creates content/guides/en/<slug>.mdx and content/guides/ko/<slug>.mdx (draft: true) and
content/errors/<id>.yaml for each --error id (default: one record with the slug as its id).`;

const today = new Date().toISOString().slice(0, 10);

function guide(lang: 'en' | 'ko', ids: readonly string[]): string {
  const t = lang === 'en'
    ? { title: 'REPLACE: the error message, in a title', description: 'REPLACE: one sentence for search results and link previews.', error: 'The error as it appears', meaning: 'What it means', causes: 'Causes and fixes', fix: 'REPLACE: the most likely cause', verify: 'How to verify the fix', still: 'Still failing', related: 'Related errors', refs: 'References' }
    : { title: 'REPLACE: 오류 메시지를 담은 제목', description: 'REPLACE: 검색 결과와 링크 미리보기에 쓸 한 문장.', error: '오류 메시지', meaning: '무슨 뜻인가요', causes: '원인과 해결 방법', fix: 'REPLACE: 가장 흔한 원인', verify: '해결됐는지 확인하기', still: '그래도 안 될 때', related: '관련 오류', refs: '참고 문서' };
  return `---
title: "${t.title}"
description: "${t.description}"
date: ${today}
lastVerified: ${today}
weight: 50
aliases: []
tags: ["GitHub Actions"]
author: ["Sapjil"]
showToc: true
TocOpen: true
draft: true
hidemeta: false
disableShare: false
comments: true
errors: [${ids.map((id) => `"${id}"`).join(', ')}]
---

REPLACE: ${lang === 'en' ? 'two sentences: when this happens and the short fix.' : '언제 생기는 오류인지, 짧은 해결책은 무엇인지 두 문장으로.'}

## ${t.error} \\{#error}

\`\`\`text
REPLACE: the error, verbatim from a real log
\`\`\`

## ${t.meaning} \\{#meaning}

REPLACE

## ${t.causes} \\{#causes}

### ${t.fix} \\{#fix-replace-me}

\`\`\`yaml title=".github/workflows/ci.yml" ins={3}
jobs:
  build:
    REPLACE: the fixed line
\`\`\`

## ${t.verify} \\{#verify}

REPLACE

## ${t.still} \\{#still-failing}

REPLACE

## ${t.related} \\{#related}

REPLACE

## ${t.refs} \\{#references}

- REPLACE: [Official page title](https://docs.github.com/): what you checked there
`;
}

function record(id: string, slug: string): string {
  const phrase = `REPLACE ${id} error phrase`;
  return `# REPLACE: one line on what this error is. Cite the thread of every example.
id: ${id}
guide: ${slug}
anchor: causes
message: "REPLACE: the usual wording of ${id}"
signatures:
  - literal: "${phrase}"
examples:
  # REPLACE with real excerpts (https://github.com/OWNER/REPO/issues/N)
  - "Error: ${phrase}"
  - "##[error]${phrase}"
counterExamples: []
`;
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { error: { type: 'string', multiple: true, default: [] }, 'content-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`new-guide: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [slug, ...extra] = positionals;
  const ids = values.error.length ? values.error : slug ? [slug] : [];
  const bad = [slug, ...ids].filter((s) => s === undefined || !GUIDE_SLUG_PATTERN.test(s));
  if (!slug || extra.length || bad.length) {
    process.stderr.write(`new-guide: ${!slug ? 'missing <slug>' : extra.length ? `unexpected "${extra.join(' ')}"` : `"${bad.join('", "')}" must be lower-case ASCII words joined by "-"`}\n\n${USAGE}\n`);
    return 2;
  }
  const contentDir = values['content-dir'] ?? fileURLToPath(new URL('../../content', import.meta.url));
  const files = new Map<string, string>([
    [join(contentDir, 'guides/en', `${slug}.mdx`), guide('en', ids)],
    [join(contentDir, 'guides/ko', `${slug}.mdx`), guide('ko', ids)],
    ...ids.map((id): [string, string] => [join(contentDir, 'errors', `${id}.yaml`), record(id, slug)]),
  ]);
  const taken = [...files.keys()].filter((f) => existsSync(f));
  if (taken.length) {
    process.stderr.write(`new-guide: already exists, nothing written: ${taken.join(', ')}\n`);
    return 2;
  }
  for (const [file, text] of files) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    process.stdout.write(`created ${relative(process.cwd(), file)}\n`);
  }
  process.stdout.write('\nNext: replace every REPLACE marker (CONTRIBUTING.md), set draft: false, then `npm test`.\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
