/**
 * Archive pages (`/<lang>/releases/<n>/`) and year pages
 * (`/<lang>/releases/<year>/`) share one address pattern, so the two routes
 * must never produce the same number: archive pages stop at 999 and years
 * start at 1000. Release pages cannot collide with either, since their
 * folder names start with a full date (`2026-03-14-…`), never a bare number.
 * Astro would silently build only one of two pages with the same address;
 * this turns that into a build error that says what to change.
 */

/** The first number that is a year, not an archive page. */
export const FIRST_YEAR_PAGE = 1000;

/** Number of pages of a list of `count` items (an empty list still has its first page). */
export function pageCount(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / pageSize));
}

/**
 * Throws a message for the site's editors when the archive of `lang` would
 * reach page 1000 or a year page would be numbered below 1000.
 */
export function checkYearPaths(lang: string, releaseCount: number, pageSize: number, years: Iterable<number>): void {
  const archivePages = pageCount(releaseCount, pageSize);
  if (archivePages >= FIRST_YEAR_PAGE) {
    throw new Error(
      `[newsroom] The archive in "${lang}" would have ${archivePages} pages (${releaseCount} releases, ${pageSize} per page). ` +
        `Its pages from ${FIRST_YEAR_PAGE} on would have the addresses of year pages (/${lang}/releases/${FIRST_YEAR_PAGE}/ …). ` +
        `Raise pageSize in src/config.ts (at most 200) so the archive has fewer than ${FIRST_YEAR_PAGE} pages.`,
    );
  }
  for (const year of years) {
    if (year < FIRST_YEAR_PAGE) {
      throw new Error(
        `[newsroom] A release in "${lang}" is dated in the year ${year}: its year page would have the address of archive page ${year} ` +
          `(/${lang}/releases/${year}/). Check the release's "date" field.`,
      );
    }
  }
}
