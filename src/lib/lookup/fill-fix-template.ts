// `{name}` placeholders, named like the regex captures they take (`{owner}`, `{package}`).
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/**
 * Fills `{name}` placeholders in a fix link or command from a match's captures, URL-encoding
 * each value (a nested image `team/app` becomes `team%2Fapp`, as GitHub's package URLs want).
 * Returns `undefined` when a placeholder has no capture, so the caller shows the generic link
 * instead of a broken one; junk in gives `undefined` too.
 */
export function fillFixTemplate(template: unknown, captures: unknown): string | undefined {
  if (typeof template !== 'string' || typeof captures !== 'object' || captures === null) return undefined;
  const values = captures as Record<string, unknown>;
  let missing = false;
  const filled = template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (typeof value !== 'string' || value === '') {
      missing = true;
      return '';
    }
    return encodeURIComponent(value);
  });
  return missing ? undefined : filled;
}
