/**
 * The permanent identity of a release translation in feeds.
 *
 * A tag URI (RFC 4151) built only from the site's host, the release folder
 * and the language: `tag:newsroom.example.org,2026-03-14:release/2026-03-14-water-forum/en`.
 * Titles, summaries, corrections, other translations, tags and the base path
 * are not part of it, so editing any of them never makes a reader show an
 * item twice. The date in the tag is the folder's date (the authority owned
 * the host when the release was issued, as RFC 4151 asks), which also never
 * changes for a given folder.
 */
import type { Locale } from '../../i18n/locales.ts';

/** The fields a guid is derived from. */
export interface GuidSource {
  /** Release folder name, `YYYY-MM-DD-words`. */
  slug: string;
  lang: Locale;
}

/** `tag:<host>,<folder date>:release/<folder>/<lang>` for `siteUrl`'s host. */
export function releaseGuid(release: GuidSource, siteUrl: string): string {
  const host = new URL(siteUrl).hostname;
  const folderDate = /^\d{4}-\d{2}-\d{2}/.exec(release.slug)?.[0];
  if (!folderDate) throw new Error(`[newsroom] Release folder "${release.slug}" does not start with a date, so it has no feed guid.`);
  return `tag:${host},${folderDate}:release/${release.slug}/${release.lang}`;
}
