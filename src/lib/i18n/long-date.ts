// One formatter per locale tag: building an Intl.DateTimeFormat costs far more than formatting
// with it, and a build formats a date for every guide in every list.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date written out in the given locale (`November 28, 2026`, `2026년 11월 28일`), in UTC so every build prints the same day. */
export function longDate(date: Date, localeTag: string): string {
  let formatter = formatters.get(localeTag);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(localeTag, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(localeTag, formatter);
  }
  return formatter.format(date);
}
