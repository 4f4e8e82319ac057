/**
 * Releases whose folder was renamed (`renamed_from` in their front-matter):
 * the old addresses lead to the new ones (pages/[lang]/releases/[slug].astro
 * writes a page that forwards), and feeds and calendars keep knowing the
 * release by the first name it was published under, so a feed reader does
 * not show it twice and a calendar does not add the event again.
 */

/** What identity needs of a release translation. */
interface NamedRelease {
  /** The folder name now. */
  slug: string;
  /** Earlier folder names, the first published name first. */
  renamed_from?: readonly string[] | undefined;
}

/** The folder name a release was first published under: its feed items and calendar event are known by it. */
export function firstFolderName(release: NamedRelease): string {
  return release.renamed_from?.[0] ?? release.slug;
}

/** Site paths (without the base path) of the old addresses, recorded by the build for the sitemap. */
const movedAddresses = new Set<string>();

/**
 * Records the old addresses of `releases` (each translation under each
 * earlier name), so the sitemap can leave out the pages that only forward.
 */
export function recordMovedAddresses(releases: Iterable<{ lang: string; data: { renamed_from: readonly string[] } }>): void {
  movedAddresses.clear();
  for (const { lang, data } of releases) for (const old of data.renamed_from) movedAddresses.add(`/${lang}/releases/${old}/`);
}

/** True for an old address of a renamed release (`path` without the base path, e.g. "/en/releases/2026-03-14-old-name/"). */
export function isMovedAddress(path: string): boolean {
  return movedAddresses.has(path);
}
