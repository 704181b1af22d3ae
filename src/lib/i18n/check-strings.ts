/** Keys a translation lacks, or has that the reference does not, for one language. */
export interface StringTableProblem {
  lang: string;
  missing: string[];
  extra: string[];
  empty: string[];
}

/**
 * Compares each language's UI string table with the reference table, key by key, so a
 * missing Korean string fails the build with its name instead of rendering a blank.
 */
export function checkStringTables(
  reference: Readonly<Record<string, string>>,
  tables: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): StringTableProblem[] {
  const problems: StringTableProblem[] = [];
  const keys = Object.keys(reference);
  for (const [lang, table] of Object.entries(tables)) {
    const missing = keys.filter((k) => !(k in table));
    const extra = Object.keys(table).filter((k) => !(k in reference));
    const empty = Object.keys(table).filter((k) => typeof table[k] !== 'string' || (table[k] as string).trim() === '');
    if (missing.length || extra.length || empty.length) problems.push({ lang, missing, extra, empty });
  }
  return problems;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a mistake is noticed. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
