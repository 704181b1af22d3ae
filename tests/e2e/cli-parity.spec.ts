// The CLI and the browser must give the same answer for the same text: both run the one engine
// in src/lib/lookup over the same records, and this pins that no glue in between changes it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const root = process.cwd();
const logsDir = join(root, 'tests/fixtures/logs');

/** Every fixture log (real excerpts), plus every record example written out as text. */
function fixtureTexts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const folder of readdirSync(logsDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(logsDir, folder.name)).filter((f) => f.endsWith('.log'))) {
      out.push({ name: `${folder.name}/${file}`, text: readFileSync(join(logsDir, folder.name, file), 'utf8') });
    }
  }
  const errorsDir = join(root, 'content/errors');
  for (const file of readdirSync(errorsDir).filter((f) => f.endsWith('.yaml'))) {
    const record = parse(readFileSync(join(errorsDir, file), 'utf8')) as { examples: string[]; counterExamples?: string[] };
    [...record.examples, ...(record.counterExamples ?? [])].forEach((text, i) => out.push({ name: `${file}#${i}`, text }));
  }
  return out;
}

/** Runs the CLI once over all texts (as files) and returns each one's `id:confidence` list. */
function cliAnswers(texts: readonly { text: string }[]): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'sapjil-parity-'));
  try {
    const files = texts.map(({ text }, i) => {
      const file = join(dir, `${i}.log`);
      writeFileSync(file, text);
      return file;
    });
    const out = execFileSync(process.execPath, [join(root, 'src/cli/sapjil.ts'), 'lookup', '--json', ...files], { encoding: 'utf8' });
    return out.trim().split('\n').map((line) => (JSON.parse(line) as { matches: { id: string; confidence: string }[] }).matches.map((m) => `${m.id}:${m.confidence}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the CLI and the lookup page find the same errors, in the same order, with the same confidence', async ({ page }) => {
  test.setTimeout(90_000);
  const texts = fixtureTexts();
  expect(texts.length).toBeGreaterThan(20);
  const cli = cliAnswers(texts);
  expect(cli.some((a) => a.length > 0)).toBe(true);

  await page.goto('/en/lookup/');
  await expect(page.locator('sapjil-lookup')).toBeVisible();
  // One round trip for all texts: the page types each into the box and runs the element's own
  // lookup (the same path as "Find the fix"), then reads the rendered cards.
  const browser = await page.evaluate(async (all) => {
    const element = document.querySelector('sapjil-lookup') as HTMLElement & { run(): Promise<void> };
    const input = element.querySelector('textarea')!;
    const answers: string[][] = [];
    for (const text of all) {
      input.value = text;
      await element.run();
      answers.push([...element.querySelectorAll<HTMLElement>('.lookup-card')].map((c) => `${c.dataset['errorId']}:${c.dataset['confidence']}`));
    }
    return answers;
  }, texts.map((t) => t.text));
  texts.forEach(({ name }, i) => expect(browser[i], name).toEqual(cli[i]));
});
