import { getCollection, type CollectionEntry } from 'astro:content';
import { getBuildNow } from './getBuildNow.ts';
import { isPublic } from './isPublic.ts';
import { sortNewestFirst } from './releaseCollections.ts';

/** A release translation as pages receive it. */
export type Release = CollectionEntry<'releases'>;

let cached: Promise<Release[]> | undefined;

/**
 * Every release translation this build may show, newest first. The loader
 * already left unpublished releases out of production builds; the second
 * check here keeps that true even if a loader bug let one through. The dev
 * server shows them with a preview banner.
 */
export function getPublicReleases(): Promise<Release[]> {
  if (import.meta.env.DEV) return getCollection('releases').then(sortNewestFirst);
  cached ??= getCollection('releases').then((releases) => {
    const now = getBuildNow();
    return sortNewestFirst(releases.filter((release) => isPublic(release.data, now)));
  });
  return cached;
}
