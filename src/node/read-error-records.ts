// Node-only: reads `content/errors/*.yaml` for the build, the browser bundle and the CLI.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { ErrorRecord } from '../lib/lookup/types.ts';
import { errorRecordSchema } from '../schemas/error-record.ts';

/** Records that passed validation, and the problems of those that did not (each naming file and field). */
export interface ReadErrorRecords {
  records: ErrorRecord[];
  /** The file each record came from (same order as `records`). */
  files: string[];
  problems: string[];
}

/** The records whose guide is published (not a draft) in at least one language: what readers get. */
export function publishedRecords(records: readonly ErrorRecord[], guides: readonly { slug: string; draft: boolean }[]): ErrorRecord[] {
  const published = new Set(guides.filter((g) => !g.draft).map((g) => g.slug));
  return records.filter((r) => published.has(r.guide));
}

/** Reads and validates every `*.yaml` record in `dir`; a missing folder has no records. */
export function readErrorRecords(dir: string): ReadErrorRecords {
  const out: ReadErrorRecords = { records: [], files: [], problems: [] };
  if (!existsSync(dir)) return out;
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const file = join(dir, name);
    let data: unknown;
    try {
      data = parse(readFileSync(file, 'utf8'), { prettyErrors: true });
    } catch (error) {
      const where = error instanceof YAMLParseError && error.linePos ? `:${error.linePos[0].line}` : '';
      out.problems.push(`${file}${where}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const parsed = errorRecordSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        out.problems.push(`${file}: ${issue.path.join('.') || '(record)'}: ${issue.message}`);
      }
      continue;
    }
    const record = parsed.data;
    const stem = name.replace(/\.ya?ml$/, '');
    if (record.id !== stem) {
      out.problems.push(`${file}: id: "${record.id}" must match the file name "${stem}" (ids are public URLs)`);
      continue;
    }
    const first = seen.get(record.id);
    if (first) {
      out.problems.push(`${file}: id: "${record.id}" is already used by ${first}`);
      continue;
    }
    seen.set(record.id, file);
    out.records.push(record);
    out.files.push(file);
  }
  return out;
}
