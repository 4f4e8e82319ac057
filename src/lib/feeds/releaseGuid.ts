/**
 * The permanent identity of a release translation in feeds.
 *
 * A tag URI (RFC 4151) built only from the site's host, the release folder
 * and the language: `tag:newsroom.example.org,2026-03-14:release/2026-03-14-water-forum/en`.
 * A renamed folder keeps the guid of the first name it was published under.
 * Titles, summaries, corrections, other translations, tags and the base path
 * are not part of it, so editing any of them never makes a reader show an
 * item twice. The date in the tag is the folder's date (the authority owned
 * the host when the release was issued, as RFC 4151 asks), which also never
 * changes for a given folder.
 */
import type { Locale } from '../../i18n/locales.ts';
import { firstFolderName } from '../renamedReleases.ts';

/** The fields a guid is derived from. */
export interface GuidSource {
  /** Release folder name, `YYYY-MM-DD-words`. */
  slug: string;
  lang: Locale;
  /** Earlier folder names: the first one, if any, is the release's identity. */
  renamed_from?: readonly string[] | undefined;
}

/** `tag:<host>,<folder date>:release/<folder>/<lang>` for `siteUrl`'s host. */
export function releaseGuid(release: GuidSource, siteUrl: string): string {
  const host = new URL(siteUrl).hostname;
  const folder = firstFolderName(release);
  const folderDate = /^\d{4}-\d{2}-\d{2}/.exec(folder)?.[0];
  if (!folderDate) throw new Error(`[newsroom] Release folder "${folder}" does not start with a date, so it has no feed guid.`);
  return `tag:${host},${folderDate}:release/${folder}/${release.lang}`;
}
