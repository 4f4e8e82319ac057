/**
 * When a release translation last changed, as far as its author told us:
 * the latest of its date, its embargo, when the translation came out
 * (`translated`), its `updated` date and its correction dates.
 * Feeds use it for `atom:updated` and `lastBuildDate`, so an unchanged site
 * produces a byte-identical feed (the build clock is never consulted).
 */

import { translationPublicationInstant } from '../isPublic.ts';

/** The dated fields of a release. */
export interface DatedRelease {
  date: Date;
  embargo?: Date | undefined;
  translated?: Date | undefined;
  updated?: Date | undefined;
  corrections: ReadonlyArray<{ date: Date }>;
}

/** The latest of publication (embargo included), update and correction dates. */
export function releaseLastModified(release: DatedRelease): Date {
  const times = [release.date, release.embargo, release.translated, release.updated, ...release.corrections.map((correction) => correction.date)]
    .filter((date): date is Date => date !== undefined)
    .map((date) => date.getTime());
  return new Date(Math.max(...times));
}

/** True when the translation was updated or corrected after it was published. */
export function wasRevised(release: DatedRelease): boolean {
  return releaseLastModified(release).getTime() > translationPublicationInstant(release).getTime();
}

/** The latest modification among `releases`; undefined for an empty feed. */
export function feedLastModified(releases: readonly DatedRelease[]): Date | undefined {
  if (releases.length === 0) return undefined;
  return new Date(Math.max(...releases.map((release) => releaseLastModified(release).getTime())));
}
