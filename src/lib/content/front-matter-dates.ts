/** A date field whose written value is not a real calendar date. */
export interface DateProblem {
  line: number;
  field: string;
  value: string;
  message: string;
}

/** The front matter keys that hold dates. */
export const DATE_FIELDS = ['date', 'updated', 'lastVerified'] as const;

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Whether `value` is an ISO 8601 date or date-time naming a day that exists. */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1).map((p) => (p === undefined ? undefined : Number(p)));
  if (year === undefined || month === undefined || day === undefined) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour < 24 && minute < 60 && second < 60;
}

/**
 * Checks the date fields of a Markdown file's front matter as written. The YAML parser
 * quietly rolls `2024-13-45` over into February 2025, so the schema alone cannot catch it.
 */
export function checkFrontMatterDates(source: string): DateProblem[] {
  if (typeof source !== 'string') return [];
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const problems: DateProblem[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '---') break;
    const m = /^(\w+)\s*:\s*(.*?)\s*(?:#.*)?$/.exec(line);
    const field = m?.[1];
    if (!m || field === undefined || !(DATE_FIELDS as readonly string[]).includes(field)) continue;
    const value = (m[2] ?? '').replace(/^(['"])(.*)\1$/, '$2');
    if (!isRealIsoDate(value)) {
      problems.push({
        line: i + 1,
        field,
        value,
        message: `"${field}: ${value}" is not a real date; expected YYYY-MM-DD or an ISO 8601 date-time such as 2021-11-21T16:47:01+09:00`,
      });
    }
  }
  return problems;
}
