/** Logs each problem and throws one error listing them all; does nothing when there are none. */
export function failOn(problems: readonly string[], what: string, logger: { error: (message: string) => void }): void {
  if (problems.length === 0) return;
  for (const p of problems) logger.error(p);
  throw new Error(`${what} failed:\n  ${problems.join('\n  ')}`);
}
