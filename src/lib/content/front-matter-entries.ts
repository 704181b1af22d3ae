/**
 * The entries of `keys` in a block of YAML front matter, alone: each key's line and the lines that
 * continue it (indented, or blank), in their order. Parsing these instead of the whole block is
 * how the build reads a title and a draft flag from 2,000 guides without parsing 2,000 front
 * matters in full; a caller falls back to the full parse when this text does not parse.
 */
export function frontMatterEntries(yaml: string, keys: readonly string[]): string {
  const picked: string[] = [];
  let keep = false;
  for (const line of yaml.split(/\r?\n/)) {
    // A line at column 0 starts a new top-level entry (or is a comment or a marker): it decides
    // whether the lines after it are kept. Blank and indented lines continue the current entry.
    const code = line.charCodeAt(0);
    if (line !== '' && code !== 0x20 && code !== 0x09) keep = keys.some((key) => line.startsWith(key) && /^\s*:/.test(line.slice(key.length)));
    if (keep) picked.push(line);
  }
  return picked.join('\n');
}
