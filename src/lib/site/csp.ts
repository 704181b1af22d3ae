// Astro writes each page's Content-Security-Policy into a <meta> with that page's hashes. A host
// header covers every page at once, so it takes the union of the pages' policies, plus what only
// a header can say (a meta policy cannot set frame-ancestors).

/** Directives only an HTTP header may carry, added to the merged policy. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

/** One policy whose every directive allows what any of `policies` allows for it, in first-seen order. */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, string[]>();
  for (const policy of [...policies, ...HEADER_ONLY_DIRECTIVES]) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const merged = directives.get(name) ?? [];
      for (const source of sources) if (!merged.includes(source)) merged.push(source);
      directives.set(name, merged);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy of a built page, from its `<meta http-equiv="content-security-policy">`, if any. */
export function pagePolicy(html: string): string | undefined {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return match?.[1]?.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
