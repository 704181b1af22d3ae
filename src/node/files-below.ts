import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `dir` (dot-files included), as `/`-separated paths relative to it, in a stable order. */
export function filesBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}
