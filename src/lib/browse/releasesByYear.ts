/**
 * Releases grouped by the year they were published in, for the year pages
 * (`/<lang>/releases/<year>/`) and the year navigation.
 */
import type { Locale } from '../../i18n/locales.ts';
import { siteConfig } from '../../config.ts';
import { isoDateInZone } from '../formatDate.ts';
import { releasesInLanguage, type ReleaseLike } from '../releaseCollections.ts';

/**
 * The calendar year of an instant in `timeZone` (the site's by default), as
 * printed on the release: 2026-01-01T00:30+06:00 is 2026 in Bishkek although
 * UTC still says 2025.
 */
export function yearInZone(date: Date, timeZone: string = siteConfig.timeZone): number {
  return Number(isoDateInZone(date, timeZone).slice(0, 4));
}

/**
 * The releases of one language by year in `timeZone`: years newest first,
 * each year's releases newest first (the archive's order). Years without
 * releases are absent.
 */
export function releasesByYear<T extends ReleaseLike>(releases: readonly T[], lang: Locale, timeZone: string = siteConfig.timeZone): Map<number, T[]> {
  const byYear = new Map<number, T[]>();
  // releasesInLanguage sorts newest first, so years arrive newest first too.
  for (const release of releasesInLanguage(releases, lang)) {
    const year = yearInZone(release.data.date, timeZone);
    const list = byYear.get(year);
    if (list) list.push(release);
    else byYear.set(year, [release]);
  }
  return byYear;
}
