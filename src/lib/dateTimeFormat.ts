/**
 * Shared `Intl.DateTimeFormat` instances. Creating a formatter costs far more
 * than using one, and a build formats tens of thousands of dates with a
 * handful of distinct settings, so each distinct (locale, options) pair is
 * created once per process. Formatters are immutable, so sharing is safe.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter for `locale` and `options`, created on first use. */
export function getDateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}
