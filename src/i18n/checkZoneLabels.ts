import type { ContentProblem } from '../lib/content/problems.ts';
import { observesSummerTime } from '../lib/zoneOffset.ts';
import { locales, type Locale } from './locales.ts';

/**
 * Every time zone the site shows (src/config.ts: timeZone and
 * referenceTimeZone) is named by UI strings, not by Intl: "zone.<zone>" in
 * every language, and "zone.<zone>.summer" for a zone with summer time.
 * A zone without its names is reported like any missing UI string (a name
 * missing in one language only is left to checkUiStrings, which reports it).
 */
export function checkZoneLabels(strings: Record<Locale, Record<string, string>>, zones: readonly string[], year = new Date().getUTCFullYear()): ContentProblem[] {
  const keys = [...new Set(zones)].flatMap((zone) => [
    `zone.${zone}`,
    ...(observesSummerTime(zone, year) || observesSummerTime(zone, year + 1) ? [`zone.${zone}.summer`] : []),
  ]);
  // A name present in some languages only is already reported, per language, by checkUiStrings.
  const unnamed = keys.filter((key) => locales.every((locale) => !strings[locale]?.[key]?.trim()));
  return locales.flatMap((locale) => unnamed.map((key) => ({
    severity: 'error' as const, file: `src/i18n/${locale}.json`, line: 1, field: key,
    problem: `the time zone ${key.slice(5).replace(/\.summer$/, ' (summer time)')} set in src/config.ts has no name in ${locale}`,
    fix: `add "${key}": "…" to src/i18n/${locale}.json, e.g. ${key.endsWith('.summer') ? '"Central European Summer Time"' : '"Bishkek time"'} in English`,
  })));
}
