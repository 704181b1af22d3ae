import { asciiSlug, splitExplicitId } from './heading-id.ts';

/**
 * The anchor ids a Markdown/MDX source gives its `##`–`######` headings, as the heading-id
 * plugin assigns them (explicit `{#id}`, else an ASCII slug), ignoring fenced code. Lets build
 * checks and the CLI know a guide's anchors without rendering it.
 */
export function headingAnchors(source: string): string[] {
  if (typeof source !== 'string') return [];
  const anchors: string[] = [];
  let fence: string | undefined;
  for (const line of source.split(/\r?\n/)) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1]) {
      if (fence === undefined) fence = fenceMatch[1];
      else if (fenceMatch[1].startsWith(fence[0] ?? '`') && fenceMatch[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = /^\s{0,3}#{2,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading?.[1]) continue;
    const text = heading[1].replace(/\\\{/g, '{');
    const { text: plain, explicitId } = splitExplicitId(text);
    const id = explicitId ?? asciiSlug(plain.replace(/`/g, ''));
    if (id !== undefined) anchors.push(id);
  }
  return anchors;
}
