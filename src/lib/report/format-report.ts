import type { ReportedMatch } from './describe-matches.ts';

/** Labels the text and Markdown reports print, in the reader's language. */
export interface ReportLabels {
  /** Said when nothing known matched. */
  noMatch: string;
  /** `Line {line}`. */
  line: string;
  /** Column headings of the Markdown table. */
  lineHeader: string;
  errorHeader: string;
  /** Introduces the guide that fixes the error. */
  fix: string;
  /** Each confidence in words. */
  confidence: Readonly<Record<ReportedMatch['confidence'], string>>;
}

/** A report for one input: where it came from and what was found. */
export interface InputReport {
  /** The path given, or `-` for standard input. */
  file: string;
  matches: readonly ReportedMatch[];
  /** Set when only part of a very large input was looked at. */
  note?: string | undefined;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** Plain text for a terminal or a CI log: one block per match, best first. */
export function formatText(report: InputReport, labels: ReportLabels): string {
  const lines: string[] = [];
  if (report.matches.length === 0) {
    lines.push(`${report.file}: ${labels.noMatch}`);
  } else {
    lines.push(`${report.file}:`);
    for (const m of report.matches) {
      lines.push(`  ${labels.confidence[m.confidence]} · ${fill(labels.line, { line: m.line })} · ${m.id}`);
      lines.push(`    > ${m.excerpt}`);
      lines.push(`    ${labels.fix}: ${m.guide}`);
      lines.push(`      ${m.url}`);
      for (const link of m.links) lines.push(`      ${link.label}: ${link.url}`);
    }
  }
  if (report.note) lines.push(`  (${report.note})`);
  return lines.join('\n');
}

/** Inline code for a Markdown table cell: pipes escaped, long lines clipped. */
function cellCode(text: string): string {
  const clipped = text.length > 200 ? `${text.slice(0, 199)}…` : text;
  const ticks = clipped.includes('`') ? '``' : '`';
  return `${ticks} ${clipped.replace(/\|/g, '\\|')} ${ticks}`;
}

/** Link text safe inside a Markdown table and link. */
const linkText = (text: string) => text.replace(/[[\]|]/g, '');

/** A Markdown block for `$GITHUB_STEP_SUMMARY` or a pull request comment. */
export function formatMarkdown(report: InputReport, labels: ReportLabels): string {
  const out = [`#### Sapjil: \`${report.file.replace(/`/g, '')}\``, ''];
  if (report.matches.length === 0) {
    out.push(labels.noMatch);
  } else {
    out.push(`| | ${labels.lineHeader} | ${labels.errorHeader} | ${labels.fix} |`, '|---|---|---|---|');
    for (const m of report.matches) {
      const extra = m.links.map((l) => `<br>[${linkText(l.label)}](${l.url})`).join('');
      out.push(`| ${labels.confidence[m.confidence]} | ${m.line} | ${cellCode(m.excerpt)} | [${linkText(m.guide)}](${m.url})${extra} |`);
    }
  }
  if (report.note) out.push('', `_${report.note}_`);
  return out.join('\n');
}

/** The `--json` line for one input: exactly the documented fields, best match first. */
export function formatJson(report: InputReport): string {
  return JSON.stringify({
    file: report.file,
    matches: report.matches.map(({ id, guide, url, confidence, score, line, excerpt, captures }) => ({
      id, guide, url, confidence, score, line, excerpt, captures,
    })),
    // Says when only the tail of a large input was examined; absent otherwise.
    note: report.note,
  });
}
