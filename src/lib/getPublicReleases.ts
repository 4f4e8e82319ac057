import { getCollection, type CollectionEntry } from 'astro:content';
import { liveReleases } from './content/liveReleases.ts';
import { getBuildNow } from './getBuildNow.ts';
import { isPublic } from './isPublic.ts';
import { sortNewestFirst } from './releaseCollections.ts';

/** A release translation as pages receive it. */
export type Release = CollectionEntry<'releases'>;

let cached: Promise<Release[]> | undefined;
/** The dev server's live entries, sorted, per published list (a page asks several times; 9,000 entries take a while to sort). */
let sortedLive: { source: readonly unknown[]; releases: Promise<Release[]> } | undefined;

/**
 * Every release translation this build may show, newest first. The loader
 * already left unpublished releases out of production builds; the second
 * check here keeps that true even if a loader bug let one through. The dev
 * server shows them with a preview banner, and takes them from the loader
 * as soon as it has read a save (liveReleases.ts says why): pages read
 * releases only through this function.
 */
export function getPublicReleases(): Promise<Release[]> {
  if (import.meta.env.DEV) {
    const live = liveReleases<Release['data']>();
    if (!live) return getCollection('releases').then(sortNewestFirst);
    // One array for every caller, holding the loader's own objects: frozen, so a caller that sorts or
    // splices it in place fails at once instead of changing what every later page sees.
    if (sortedLive?.source !== live) sortedLive = { source: live, releases: Promise.resolve(Object.freeze(sortNewestFirst(live as readonly Release[])) as Release[]) };
    return sortedLive.releases;
  }
  cached ??= getCollection('releases').then((releases) => {
    const now = getBuildNow();
    return sortNewestFirst(releases.filter((release) => isPublic(release.data, now)));
  });
  return cached;
}
